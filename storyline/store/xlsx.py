"""The human sheets (storyline/store/sheets.py) as one Excel workbook, written with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.store.sheets import Cell, Sheet

MAX_CELL = 32_767  # Excel's limit on the characters of one cell
WIDTHS = {"text": 80, "summary": 80, "title": 40, "url": 40, "source": 30}


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """One worksheet per sheet, header row frozen; text cells are never formulas."""
    try:
        from openpyxl import Workbook
    except ImportError as error:
        raise ConfigError(
            "the xlsx export needs openpyxl", hint="pip install openpyxl, or use --format csv --excel"
        ) from error
    book = Workbook(write_only=True)
    for sheet in sheets:
        page = book.create_sheet(sheet.name)
        page.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns):
            page.column_dimensions[_letter(index)].width = WIDTHS.get(column, 18)
        page.append(list(sheet.columns))
        for row in sheet.rows:
            page.append([_cell(page, value) for value in row])
    book.save(path)


def _cell(page: Any, value: Cell) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub(" ", value)
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    cell = WriteOnlyCell(page, value=text)
    cell.data_type = "s"  # a quote beginning with "=" stays text
    return cell


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
