"""The least a reader of the attendance file must do before it can count a
person once: parse it and tell the written names apart (see floors.py).

Imported by floors.py to time each way, and by its child process to measure
each way's peak memory (it imports only pyarrow, as a fresh interpreter needs).
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import csv as pacsv

TEXT = pa.dictionary(pa.int32(), pa.string())
TYPES = {"name": pa.string(), "unit": TEXT, "date": TEXT, "session": TEXT}


def whole(data: bytes):
    """The whole file at once, on every core; then the names told apart."""
    table = pacsv.read_csv(pa.py_buffer(data), convert_options=pacsv.ConvertOptions(column_types=TYPES))
    return pc.dictionary_encode(table.column("name")).combine_chunks()


def pieces(data: bytes, piece: int = 16 << 20):
    """Pieces of 16 MB cut at a line break, each on every core (one piece's
    parsing held at a time); the names kept as text, then told apart at once."""
    buffer, pos = pa.py_buffer(data), data.index(b"\n") + 1
    names = []
    options = pacsv.ReadOptions(column_names=list(TYPES))
    convert = pacsv.ConvertOptions(column_types=TYPES)
    while pos < len(data):
        end = data.find(b"\n", min(pos + piece, len(data)) - 1)
        end = len(data) if end < 0 else end + 1
        table = pacsv.read_csv(buffer.slice(pos, end - pos), read_options=options, convert_options=convert)
        names.extend(table.column("name").chunks)
        del table
        pos = end
    return pc.dictionary_encode(pa.chunked_array(names)).combine_chunks()


WAYS = {"whole": whole, "pieces": pieces}
