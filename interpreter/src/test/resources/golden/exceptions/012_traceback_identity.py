# e.__traceback__ and sys.exc_info()[2] are one object (logging's LoggerTest compares record.exc_info with them)
import sys
def f():
    1/0
try:
    f()
except ZeroDivisionError as e:
    print(e.__traceback__ is e.__traceback__, sys.exc_info()[2] is e.__traceback__)
    tb = e.__traceback__
try:
    try:
        f()
    except ZeroDivisionError as e:
        first = e.__traceback__
        raise
except ZeroDivisionError as e:
    print(e.__traceback__ is sys.exc_info()[2], first.tb_lineno)
import logging
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)
log = logging.getLogger("tbid")
log.propagate = False
log.addHandler(Keep())
try:
    f()
except ZeroDivisionError as e:
    log.exception("failed")
    print(records[0].exc_info == (type(e), e, e.__traceback__))
