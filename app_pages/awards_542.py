"""5.4.2 รางวัลและคำชื่นชม: the register of awards, certificates, thanks and news."""
from app_pages.log_page import LogPage

LogPage("award").run()
