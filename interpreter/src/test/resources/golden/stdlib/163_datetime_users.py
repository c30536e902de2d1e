# CPython modules over _datetime: calendar, email.utils
import calendar, email.utils, datetime
print(calendar.month(2024, 2))
print(calendar.TextCalendar().formatyear(2023)[:200])
print(list(calendar.Calendar().itermonthdates(2024, 2))[:3])
print(email.utils.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)))
print(email.utils.parsedate_to_datetime("Thu, 02 Jan 2020 03:04:05 +0100"))
import json
print(json.dumps({"d": datetime.date(2020,1,1).isoformat()}))
