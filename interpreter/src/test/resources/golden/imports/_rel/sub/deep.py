from ... import nothing_there
