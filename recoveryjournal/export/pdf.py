"""The summary HTML laid out into a PDF with Qt: selectable text, vector charts, a running header with the period,
page numbers in the footer, and Letter or A4 paper by locale.

Charts arrive as SVG ``data:`` images in the HTML. Qt's rich-text engine would rasterise them, so each one is swapped
for a text object that ``QSvgRenderer`` paints straight into the PDF as paths (session review does the same on screen,
so charts stay crisp at any pixel ratio). Qt cannot keep a heading with what follows it, so after layout every heading
that would end a page starts the next one (``keep_headings_with_content``). Page one (the brief, up to the details
mark) is laid out on its own and drawn smaller when it must, so it is always one page and the details start on two.
A character no installed font can draw (an emoji, on most Linux machines) would print as an empty box; it prints as
its name instead ("[red heart]").
"""

from __future__ import annotations

import base64
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from recoveryjournal.export.summary_render import DETAILS_MARK, SVG_PREFIX
from recoveryjournal.i18n import translate

RESOLUTION = 96
"""Device units per inch: CSS pixels, so image widths in the HTML mean the same on paper as on screen."""
SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
SVG_DATA = QTextFormat.Property.UserProperty + 1
SVG_SIZE = QTextFormat.Property.UserProperty + 2
MAX_SHRINK = 1.4
"""Page one (the brief) may be drawn down to 1/1.4 of its size to fit; the summary caps its lists so that it does."""
HEADER_HEIGHT = 34
FOOTER_HEIGHT = 30
INK = QColor("#1b1f24")
MUTED = QColor("#4b5661")
RULE = QColor("#9aa7b4")

LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Belize,
    }
)


def ensure_gui_application() -> QGuiApplication:
    """A Qt application to lay out text with; offscreen when there is no display (the CLI on a server).

    A full ``QApplication`` rather than a ``QGuiApplication``, so a window opened later in the same process works.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def paper_for(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where it is the custom (the Americas that use it, the Philippines), A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


class SvgObject(QPyTextObject):
    """Paints an SVG held in a character format, at the size the HTML gave the image."""

    def intrinsicSize(self, document: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        return format.property(SVG_SIZE)

    def drawObject(self, painter: QPainter, rect: QRectF, document, position, format) -> None:
        QSvgRenderer(format.property(SVG_DATA)).render(painter, rect)


FAMILIES = ["Source Sans 3", "Noto Sans", "DejaVu Sans", "Helvetica", "Arial"]
JOINERS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
UNUSUAL = re.compile("[^\x00-\u024f\u2000-\u206f\u2190-\u21ff\u2212\u00a0-\u00ff]")


@cache
def has_glyph(character: str) -> bool:
    """Whether any installed font can draw ``character`` (the body fonts first, then every family Qt knows)."""
    code = ord(character)
    families = [family for family in FAMILIES if QFontDatabase.hasFamily(family)]
    families += [family for family in QFontDatabase.families() if family not in families]
    return any(QFontMetricsF(QFont(family)).inFontUcs4(code) for family in families)


def printable(text: str, drawable: Callable[[str], bool] = has_glyph) -> str:
    """``text`` with every character no font can draw replaced by its name in brackets ("[red heart]"); the
    joiners, variation selectors and skin-tone modifiers that belong to a replaced emoji go with it."""

    def replace(match: re.Match) -> str:
        character = match.group(0)
        if JOINERS.fullmatch(character) or drawable(character):
            return character
        return f"[{unicodedata.name(character, 'symbol').lower()}]"

    replaced = UNUSUAL.sub(replace, text)
    return JOINERS.sub("", replaced) if replaced != text else text


def vector_charts(document: QTextDocument, handler: QObject) -> None:
    """Swap every SVG data image for an ``SvgObject`` of the same size."""
    document.documentLayout().registerHandler(SVG_OBJECT, handler)
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat() and char_format.toImageFormat().name().startswith(SVG_PREFIX):
                found.append((fragment.position(), fragment.length(), char_format.toImageFormat()))
            iterator += 1
        block = block.next()
    for position, length, image in reversed(found):
        svg = printable(base64.b64decode(image.name()[len(SVG_PREFIX) :]).decode("utf-8")).encode("utf-8")
        renderer = QSvgRenderer(QByteArray(svg))
        natural = renderer.defaultSize()
        width = image.width() or natural.width()
        height = image.height() or width * natural.height() / max(1, natural.width())
        chart = QTextCharFormat()
        chart.setObjectType(SVG_OBJECT)
        chart.setProperty(SVG_DATA, QByteArray(svg))
        chart.setProperty(SVG_SIZE, QSizeF(width, height))
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", chart)


def kept_with_next(document: QTextDocument) -> list:
    """The blocks that belong with what follows, in order: headings (h1–h3), and a chart's description (the block
    just before a chart), which would otherwise end a page with its chart on the next."""
    found = []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() or (following.isValid() and following.text() == "\ufffc"):
            found.append(block)
        block = following
    return found


def _page_of(document: QTextDocument, block, page_height: float) -> int:
    """The page that holds the block's first line of text (its margins may reach onto another)."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    first = layout.lineAt(0).y() if layout is not None and layout.lineCount() else 0.0
    return int((rect.top() + first + 1) // page_height)


def _stranded(document: QTextDocument, block, page_height: float) -> bool:
    following = block.next()
    return following.isValid() and _page_of(document, following, page_height) > _page_of(document, block, page_height)


def stranded_headings(document: QTextDocument, page_height: float) -> list[str]:
    """Headings and chart descriptions that end a page: the next block starts on a later page (what
    ``keep_headings_with_content`` fixes)."""
    return [block.text() for block in kept_with_next(document) if _stranded(document, block, page_height)]


def _break_before(block, on: bool) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    always = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | always if on else fmt.pageBreakPolicy() & ~always)
    cursor.setBlockFormat(fmt)


def keep_headings_with_content(document: QTextDocument, page_height: float, rounds: int = 5) -> None:
    """Start a new page before each heading (or chart description) that would otherwise end one, together with the
    headings just before it ("Charts", then a chart's description): the break goes before the first of them and no
    longer before the others. Repeated, because each break moves everything after it."""
    for _ in range(rounds):
        kept = kept_with_next(document)
        numbers = {block.blockNumber() for block in kept}
        stranded = [block for block in kept if _stranded(document, block, page_height)]
        for block in stranded:
            first = block
            while first.previous().isValid() and first.previous().blockNumber() in numbers:
                _break_before(first, False)
                first = first.previous()
            _break_before(first, True)
        if not stranded:
            return


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _header(painter: QPainter, width: float, left: str, right: str) -> None:
    painter.setFont(_font(8))
    painter.setPen(MUTED)
    box = QRectF(0, 0, width, HEADER_HEIGHT - 12)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, right)
    painter.setPen(QPen(RULE, 0.75))
    painter.drawLine(QPointF(0, HEADER_HEIGHT - 8), QPointF(width, HEADER_HEIGHT - 8))


def _footer(painter: QPainter, width: float, top: float, page: int, pages: int, note: str) -> None:
    painter.setPen(QPen(RULE, 0.75))
    painter.drawLine(QPointF(0, top + 8), QPointF(width, top + 8))
    painter.setFont(_font(8))
    painter.setPen(MUTED)
    box = QRectF(0, top + 10, width, FOOTER_HEIGHT - 10)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
    painter.setPen(INK)
    painter.drawText(
        box,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("Summary", "Page {page} of {pages}").format(page=page, pages=pages),
    )


def split_at_details(html: str) -> tuple[str, str | None]:
    """Page one and the details as two documents (the details keep the page's head and style), or the whole."""
    at = html.find(DETAILS_MARK)
    if at < 0:
        return html, None
    head = html[: html.index("<body>")]
    return html[:at] + "</main></body></html>", f"{head}<body><main>{html[at:]}"


class Laid:
    """A document laid out for pages of ``width`` × ``height``, drawn ``1/scale`` of its size."""

    def __init__(self, html: str, writer: QPdfWriter, width: float, height: float, one_page: bool) -> None:
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(writer)
        self.document.setDefaultFont(_font(10))
        self.document.setDocumentMargin(0)
        self.document.setHtml(printable(html))
        cursor = QTextCursor(self.document)  # a break before the first block would leave its first page blank
        first = cursor.blockFormat()
        first.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setBlockFormat(first)
        self.handler = SvgObject(self.document)
        vector_charts(self.document, self.handler)
        self.width, self.height, self.scale = width, height, 1.0
        self.document.setPageSize(QSizeF(width, height))
        while one_page and self.document.pageCount() > 1 and self.scale < MAX_SHRINK:
            self.scale += 0.05
            self.document.setPageSize(QSizeF(width * self.scale, height * self.scale))
        keep_headings_with_content(self.document, height * self.scale)

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def draw(self, painter: QPainter, page: int) -> None:
        scale = self.scale
        painter.save()
        painter.translate(0, HEADER_HEIGHT)
        painter.scale(1 / scale, 1 / scale)
        painter.translate(0, -page * self.height * scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * self.height * scale, self.width * scale, self.height * scale)
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.restore()


def render_pdf(
    html: str,
    *,
    title: str,
    header_left: str,
    header_right: str,
    footer_note: str,
    paper: QPageSize.PageSizeId | None = None,
    one_page: bool = False,
) -> bytes:
    """The PDF bytes for ``html``; a QGuiApplication must exist (see ``ensure_gui_application``). Page one (all of a
    ``one_page`` document, else what comes before ``DETAILS_MARK``) is drawn smaller when it must to fit one page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Recovery Journal")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(paper if paper is not None else paper_for()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 12, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    width, height = float(writer.width()), float(writer.height())
    body_height = height - HEADER_HEIGHT - FOOTER_HEIGHT
    first, details = split_at_details(html)
    parts = [Laid(first, writer, width, body_height, one_page=one_page or details is not None)]
    if details is not None:
        parts.append(Laid(details, writer, width, body_height, one_page=False))
    pages = [(part, page) for part in parts for page in range(part.pages)]
    painter = QPainter(writer)
    try:
        for number, (part, page) in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            _header(painter, width, printable(header_left), header_right)
            part.draw(painter, page)
            _footer(painter, width, HEADER_HEIGHT + body_height, number, len(pages), footer_note)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())
