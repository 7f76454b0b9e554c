#include "widgets/comms/publishpreviewdialog.h"

#include "core/base/inputlimits.h"
#include "models/common/statuspalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {

using statuspalette::Tone;
using Kind = rendering::Part::Kind;

namespace {

constexpr int kColumnMinWidth = 380;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = wrapped(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A text view that asks for no more height than its minimum: the columns' word-wrapped labels
// make the scroll area lay them out at their preferred height, and a text view's default
// (about twelve lines each) would push the last parts below the fold at 720 pixels. The views
// still grow into the room there is.
template <class View> class Compact final : public View
{
public:
    using View::View;
    QSize sizeHint() const override
    {
        return {View::sizeHint().width(), std::max(View::minimumHeight(), 40)};
    }
};

// A read-only box for text that may be long, tall enough for a few lines and scrolling beyond.
QPlainTextEdit *textBox(const QString &text, bool monospace, QWidget *parent)
{
    auto *box = new Compact<QPlainTextEdit>(text, parent);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    if (monospace)
        box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // At most six lines high at first: the columns grow into the room the dialog has, and the
    // box scrolls beyond.
    const int lines = std::clamp(int(text.count(QLatin1Char('\n'))) + 2, 3, 6);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

// Short one-line parts (a name, a subject) read as labels; the rest in boxes.
bool isShort(Kind kind)
{
    return kind == Kind::IncidentName || kind == Kind::IncidentState ||
           kind == Kind::EmailSubject || kind == Kind::SlackTitle || kind == Kind::SlackContext;
}

QLabel *limitLine(const channellimits::Check &check, QWidget *parent)
{
    auto *label = wrapped(check.what + QStringLiteral(": ") + check.summary(), parent);
    label->setObjectName(QStringLiteral("limit"));
    const Tone tone = !check.over() ? Tone::Good : check.hard ? Tone::Alarm : Tone::Attention;
    label->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(statuspalette::text(tone).name()));
    if (check.over() && !check.hard)
        label->setToolTip(PublishPreviewDialog::tr("A warning: it does not block publishing."));
    return label;
}

QString whereFor(Destination destination)
{
    switch (destination) {
    case Destination::StatusPage:
        return PublishPreviewDialog::tr("The public status page: a new incident, or an update of "
                                        "the one this incident already has there");
    case Destination::Slack:
        return PublishPreviewDialog::tr("The incident channel, through its incoming webhook "
                                        "(mrkdwn as sent)");
    case Destination::Webhook:
        return PublishPreviewDialog::tr("The JSON webhook (the product's in-app notice)");
    case Destination::Email:
        break;
    }
    return QString();
}

} // namespace

QList<PublishPreview> PublishPreviewDialog::columnsFor(const QList<DeliveryTarget> &planned,
                                                       qint64 incidentId, const QString &title,
                                                       const QString &body,
                                                       const QString &incidentStatusId,
                                                       const QString &severityId)
{
    QList<PublishPreview> out;
    QStringList recipients;
    for (const DeliveryTarget &target : planned) {
        if (target.destination == Destination::Email) {
            recipients.append(target.recipient);
            if (recipients.size() > 1)
                continue; // one column for every recipient: the text is the same
        }
        PublishPreview preview;
        preview.title = destination::displayName(target.destination);
        preview.where = whereFor(target.destination);
        preview.rendering = rendering::render(
            rendering::messageFor(incidentId, title, body, incidentStatusId, severityId, target));
        preview.checks = channellimits::check(preview.rendering);
        out.append(preview);
    }
    for (PublishPreview &preview : out) {
        if (preview.rendering.destination != Destination::Email)
            continue;
        preview.where = recipients.size() == 1
                            ? tr("To %1").arg(recipients.first())
                            : tr("To %1 and %n more (one message each; the text is the same)",
                                 nullptr, int(recipients.size() - 1))
                                  .arg(recipients.first());
    }
    return out;
}

PublishPreviewDialog::PublishPreviewDialog(const QString &summary,
                                           const QList<PublishPreview> &columns, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
{
    setObjectName(QStringLiteral("publishPreviewDialog"));
    setWindowTitle(tr("Publish: preview"));
    auto *layout = new QVBoxLayout(this);

    m_summary = wrapped(summary, this);
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    layout->addWidget(m_summary);

    // The columns side by side, scrolling (both ways) rather than clipping.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("previewScroll"));
    scroll->setAccessibleName(tr("Renderings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *row = new QWidget(scroll);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    QStringList reasons;
    for (const PublishPreview &preview : m_columns) {
        rowLayout->addWidget(column(preview), 1);
        for (const QString &failure : channellimits::hardFailures(preview.checks))
            reasons.append(preview.title + QStringLiteral(": ") + failure);
    }
    scroll->setWidget(row);
    layout->addWidget(scroll, 1);

    m_blockedReason = reasons.join(QLatin1Char('\n'));
    auto *reason = wrapped(m_blockedReason, this);
    reason->setObjectName(QStringLiteral("publishBlocked"));
    reason->setStyleSheet(QStringLiteral("QLabel { %1 padding: 4px; }")
                              .arg(statuspalette::css(statuspalette::tint(Tone::Alarm))));
    reason->setVisible(!reasons.isEmpty());
    layout->addWidget(reason);

    auto *buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("P&ublish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publish"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_publish->setEnabled(reasons.isEmpty());
    m_publish->setToolTip(reasons.isEmpty() ? tr("Queue the deliveries shown above.")
                                            : m_blockedReason);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_blockedReason.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Room for two columns; never larger than the screen (1280x720 included).
    QSize size(std::max(2, int(m_columns.size())) * (kColumnMinWidth + 40) + 60, 700);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

QString PublishPreviewDialog::summary() const
{
    return m_summary->text();
}

QWidget *PublishPreviewDialog::column(const PublishPreview &preview)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("preview-") + destination::id(preview.rendering.destination));
    box->setFrameShape(QFrame::StyledPanel);
    box->setMinimumWidth(kColumnMinWidth);
    auto *layout = new QVBoxLayout(box);

    QLabel *title = heading(preview.title, box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    layout->addWidget(title);
    QLabel *where = wrapped(preview.where, box);
    where->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(statuspalette::text(Tone::Muted).name()));
    layout->addWidget(where);

    if (preview.rendering.destination == Destination::Slack) {
        QLabel *note =
            wrapped(tr("Slack shows &amp; &lt; &gt; as & < > and *words* in bold."), box);
        note->setStyleSheet(where->styleSheet());
        layout->addWidget(note);
    }
    for (const channellimits::Check &check : preview.checks)
        layout->addWidget(limitLine(check, box));
    if (preview.checks.isEmpty())
        layout->addWidget(wrapped(tr("No length limit is known: the receiver decides."), box));

    for (const rendering::Part &part : preview.rendering.parts) {
        layout->addSpacing(4);
        layout->addWidget(heading(part.label, box));
        if (isShort(part.kind)) {
            layout->addWidget(wrapped(part.text, box));
        } else if (part.kind == Kind::EmailHtml) {
            // The HTML as a mail client renders it, or its source.
            auto *stack = new QStackedWidget(box);
            auto *browser = new Compact<QTextBrowser>(stack);
            browser->setObjectName(QStringLiteral("htmlRendered"));
            browser->setOpenLinks(false);
            browser->setHtml(part.text);
            browser->setMinimumHeight(browser->fontMetrics().lineSpacing() * 8);
            stack->addWidget(browser);
            QPlainTextEdit *source = textBox(part.text, true, stack);
            source->setObjectName(QStringLiteral("htmlSource"));
            stack->addWidget(source);
            auto *toggle = new QCheckBox(tr("Show the HTML source"), box);
            toggle->setObjectName(QStringLiteral("showHtmlSource"));
            connect(toggle, &QCheckBox::toggled, stack,
                    [stack](bool showSource) { stack->setCurrentIndex(showSource ? 1 : 0); });
            layout->addWidget(stack, 1);
            layout->addWidget(toggle);
        } else {
            const bool code = part.kind == Kind::WebhookJson;
            layout->addWidget(textBox(part.text, code, box), 1);
        }
    }
    layout->addStretch();
    return box;
}

} // namespace warroom
