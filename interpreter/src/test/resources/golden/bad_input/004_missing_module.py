print("before import")
import no_such_module_anywhere
print("never")
