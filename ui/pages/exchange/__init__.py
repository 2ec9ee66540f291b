"""数据交换 (the data-exchange page), one module per part:

- ``page``    — ``ExchangePage``: the station line, the stick, the three tabs
- ``drive``   — ``DrivePicker``: the USB stick or folder, polled while on screen
- ``send``    — ``SendTab``: what the next batch carries, writing it
- ``receive`` — ``ReceiveTab``: the files on the stick, checking and importing them
- ``status``  — ``StatusTab``: batches sent, missing batches, conflicts to decide
- ``report``  — ``ExchangeReport``: the words and HTML of the reports, names made printable
- ``common``  — styles, the progress callback, read-only tables
"""

from ui.pages.exchange.drive import DrivePicker, volumes
from ui.pages.exchange.page import ExchangePage

__all__ = ["DrivePicker", "ExchangePage", "volumes"]
