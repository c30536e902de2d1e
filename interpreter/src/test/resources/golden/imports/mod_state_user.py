import mod_state
mod_state.items.append("from user")
def peek():
    return len(mod_state.items)
