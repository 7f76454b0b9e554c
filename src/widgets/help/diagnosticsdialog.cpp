#include "widgets/help/diagnosticsdialog.h"

#include "integrations/channels/channelconfiguration.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warroom {

DiagnosticsDialog::DiagnosticsDialog(QList<DiagnosticItem> items, QWidget *parent)
    : QDialog(parent)
    , m_items(std::move(items))
{
    setWindowTitle(tr("Diagnostics"));
    setObjectName(QStringLiteral("diagnosticsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("About this War Room, its database and its channels. Copy it into a bug report."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(m_items.size()), 2, this);
    m_table->setObjectName(QStringLiteral("diagnosticsTable"));
    m_table->setAccessibleName(tr("Diagnostics"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_items.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_items.at(row).label));
        auto *value = new QTableWidgetItem(m_items.at(row).value);
        value->setToolTip(m_items.at(row).value);
        m_table->setItem(row, 1, value);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnostics"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Every line in view without scrolling where the screen allows: a long value (the platform,
    // a channel's last answer) wraps onto a second line.
    const int chars = fontMetrics().averageCharWidth();
    const int wanted = fontMetrics().lineSpacing() * (2 * int(m_items.size()) + 6);
    const int room = screen() ? screen()->availableGeometry().height() * 4 / 5 : wanted;
    resize(chars * 130, qMin(wanted, room));
}

Diagnostics::Seat DiagnosticsDialog::seat(const ChannelConfiguration *channels)
{
    Diagnostics::Seat seat;
    seat.windowSystem = QGuiApplication::platformName();
    if (channels) {
        seat.configured = channels->setup().deliverable;
        seat.secrets = channels->secretsLocation();
    } else {
        seat.secrets = tr("no channel settings in this window");
    }
    return seat;
}

QString DiagnosticsDialog::text() const
{
    return diagnosticsText(m_items);
}

} // namespace warroom
