"""5.3.1 การดำเนินกิจกรรม: the log of activities carried out, with photos."""
from app_pages.log_page import LogPage

LogPage("activity").run()
