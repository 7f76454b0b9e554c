#include "widgets/communicationspane.h"

#include "models/draftlistmodel.h"
#include "storage/draftstore.h"
#include "storage/incidentstore.h"
#include "storage/templatestore.h"
#include "storage/workspace.h"
#include "widgets/currentuser.h"
#include "widgets/drafteditor.h"
#include "widgets/templatelibrarydialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {

CommunicationsPane::CommunicationsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                       QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("New draft from"), this));
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("templatePicker"));
    newRow->addWidget(m_templates, 2);
    newRow->addWidget(new QLabel(tr("for"), this));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelPicker"));
    for (Channel c : channel::all())
        m_channel->addItem(channel::displayName(c), channel::id(c));
    newRow->addWidget(m_channel, 1);
    m_audience = new QLineEdit(this);
    m_audience->setObjectName(QStringLiteral("audienceEdit"));
    m_audience->setPlaceholderText(tr("Audience (optional, e.g. a key account)"));
    m_audience->setMaxLength(DraftStore::MaxAudienceLength);
    newRow->addWidget(m_audience, 1);
    m_create = new QPushButton(tr("&Create draft"), this);
    m_create->setObjectName(QStringLiteral("createDraft"));
    newRow->addWidget(m_create);
    auto *library = new QPushButton(tr("T&emplates…"), this);
    library->setObjectName(QStringLiteral("openTemplates"));
    newRow->addWidget(library);
    layout->addLayout(newRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("commsError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new DraftListModel(m_workspace.drafts(), m_incidentId, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumWidth(300);
    m_editor = new DraftEditor(m_workspace, m_user, split);
    split->addWidget(m_table);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 1000});
    const auto fitColumns = [this] {
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, m_table, fitColumns);
    layout->addWidget(split, 1);

    connect(m_create, &QPushButton::clicked, this, &CommunicationsPane::createDraft);
    connect(library, &QPushButton::clicked, this, &CommunicationsPane::openTemplates);
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        // A template suggests its channel; the person drafting may pick another.
        const int i = m_channel->findData(m_templates->currentData(Qt::UserRole + 1));
        if (i >= 0)
            m_channel->setCurrentIndex(i);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunicationsPane::draftSelected);
    connect(m_model, &DraftListModel::loadFailed, m_error, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(&m_workspace.templates(), &TemplateStore::templatesChanged, this,
            &CommunicationsPane::fillTemplates);
    connect(&m_workspace.templates(), &TemplateStore::externallyChanged, this,
            &CommunicationsPane::fillTemplates);
    fillTemplates();
    fitColumns();
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
}

void CommunicationsPane::fillTemplates()
{
    Result<QList<CommsTemplate>> all = m_workspace.templates().templates();
    Result<Incident> incident = m_workspace.incidents().incident(m_incidentId);
    if (!all || !incident) {
        m_error->setText(!all ? all.error().message : incident.error().message);
        m_error->show();
        return;
    }
    // Those written for this incident's category first, then the general ones, then the rest.
    QList<CommsTemplate> ordered = *all;
    const Category c = incident->fields.category;
    const auto rank = [c](const CommsTemplate &t) {
        return t.categories.contains(c) ? 0 : t.categories.isEmpty() ? 1 : 2;
    };
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [&](const CommsTemplate &a, const CommsTemplate &b) { return rank(a) < rank(b); });
    const QString current = m_templates->currentData().toString();
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    for (const CommsTemplate &t : std::as_const(ordered)) {
        m_templates->addItem(rank(t) == 0 ? tr("%1 (for this incident)").arg(t.name) : t.name,
                             t.key);
        m_templates->setItemData(m_templates->count() - 1, channel::id(t.channel),
                                 Qt::UserRole + 1);
    }
    const int keep = m_templates->findData(current);
    m_templates->setCurrentIndex(keep >= 0 ? keep : 0);
    const int i = m_channel->findData(m_templates->currentData(Qt::UserRole + 1));
    if (keep < 0 && i >= 0)
        m_channel->setCurrentIndex(i);
}

void CommunicationsPane::createDraft()
{
    DraftStore::NewDraft request;
    request.incidentId = m_incidentId;
    request.templateKey = m_templates->currentData().toString();
    request.channel = channel::fromId(m_channel->currentData().toString());
    request.audience = m_audience->text();
    Result<qint64> id = m_workspace.drafts().create(request, m_user.name());
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_audience->clear();
    selectDraft(*id);
}

void CommunicationsPane::selectDraft(qint64 draftId)
{
    const int row = m_model->rowOf(draftId);
    if (row >= 0)
        m_table->selectRow(row);
}

void CommunicationsPane::draftSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(DraftListModel::DraftIdRole).toLongLong() : 0;
    if (id == m_shown)
        return;
    if (m_editor->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("Draft #%1 has unsaved changes. Save them before switching?").arg(m_shown),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_editor->save())) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectRow(m_model->rowOf(m_shown));
            return;
        }
    }
    m_shown = id;
    m_editor->showDraft(id);
}

void CommunicationsPane::openTemplates()
{
    TemplateLibraryDialog dialog(m_workspace.templates(), m_user, this);
    dialog.exec();
}

} // namespace warroom
