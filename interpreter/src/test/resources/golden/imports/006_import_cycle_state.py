import mod_state
import mod_state_user
mod_state.items.append("from main")
print(mod_state.items, mod_state_user.peek())
