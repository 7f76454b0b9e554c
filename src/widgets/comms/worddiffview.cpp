#include "widgets/comms/worddiffview.h"

#include "models/common/statuspalette.h"

namespace warroom {

using statuspalette::Tone;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

WordDiffView::WordDiffView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
}

QString WordDiffView::html(const QList<WordDiff::Piece> &pieces)
{
    const statuspalette::Swatch removed = statuspalette::mark(Tone::Alarm);
    const statuspalette::Swatch added = statuspalette::mark(Tone::Good);
    QString out = QStringLiteral("<p style='white-space:pre-wrap'>");
    for (const WordDiff::Piece &p : pieces) {
        switch (p.kind) {
        case WordDiff::Piece::Kind::Same:
            out += escaped(p.text);
            break;
        case WordDiff::Piece::Kind::Removed:
            out += QStringLiteral("<s style='background-color:%1;color:%2'>%3</s>")
                       .arg(removed.background.name(), removed.text.name(), escaped(p.text));
            break;
        case WordDiff::Piece::Kind::Added:
            out += QStringLiteral("<u style='background-color:%1;color:%2'>%3</u>")
                       .arg(added.background.name(), added.text.name(), escaped(p.text));
            break;
        }
    }
    return out + QStringLiteral("</p>");
}

void WordDiffView::showDiff(const QList<WordDiff::Piece> &pieces)
{
    m_pieces = pieces;
    setHtml(html(pieces));
}

} // namespace warroom
