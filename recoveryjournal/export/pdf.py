"""The summary HTML laid out into a PDF with Qt: selectable text, vector charts, a running header with the period,
page numbers in the footer, and Letter or A4 paper by locale.

Charts arrive as SVG ``data:`` images in the HTML. Qt's rich-text engine would rasterise them, so each one is swapped
for a text object that ``QSvgRenderer`` paints straight into the PDF as paths.
"""

from __future__ import annotations

import base64
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from recoveryjournal.export.summary_render import SVG_PREFIX

RESOLUTION = 96
"""Device units per inch: CSS pixels, so image widths in the HTML mean the same on paper as on screen."""
SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
SVG_DATA = QTextFormat.Property.UserProperty + 1
SVG_SIZE = QTextFormat.Property.UserProperty + 2
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


def _vector_charts(document: QTextDocument, handler: QObject) -> None:
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
        svg = base64.b64decode(image.name()[len(SVG_PREFIX) :])
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


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Source Sans 3", "Noto Sans", "DejaVu Sans", "Helvetica", "Arial"])
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
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"Page {page} of {pages}")


def render_pdf(
    html: str,
    *,
    title: str,
    header_left: str,
    header_right: str,
    footer_note: str,
    paper: QPageSize.PageSizeId | None = None,
) -> bytes:
    """The PDF bytes for ``html``; a QGuiApplication must exist (see ``ensure_gui_application``)."""
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
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(10))
    document.setDocumentMargin(0)
    document.setHtml(html)
    handler = SvgObject(document)
    _vector_charts(document, handler)
    width, height = float(writer.width()), float(writer.height())
    body_height = height - HEADER_HEIGHT - FOOTER_HEIGHT
    document.setPageSize(QSizeF(width, body_height))
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _header(painter, width, header_left, header_right)
            painter.save()
            painter.translate(0, HEADER_HEIGHT - page * body_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body_height, width, body_height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, width, HEADER_HEIGHT + body_height, page + 1, pages, footer_note)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())
