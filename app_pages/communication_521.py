"""5.2.1 การสื่อสาร: the log of communication to staff, by channel."""
from app_pages.log_page import LogPage

LogPage("communication").run()
