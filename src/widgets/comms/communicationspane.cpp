#include "widgets/comms/communicationspane.h"

#include "models/comms/draftlistmodel.h"
#include "session/currentuser.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/templatestore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/common/errorline.h"
#include "widgets/comms/deliveriesdialog.h"
#include "widgets/comms/drafteditor.h"
#include "widgets/comms/templatelibrarydialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {
namespace {

// Scrolls the editor up and down only, and only when the screen is too short for it (a 720 px
// laptop): the editor then keeps the height it needs instead of squeezing the gate's buttons
// flat. It is never narrower than the editor can be.
class EditorScrollArea final : public QScrollArea
{
public:
    explicit EditorScrollArea(QWidget *parent)
        : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    void setEditor(QWidget *editor)
    {
        setWidget(editor);
        // The tab's own background shows through, as it would without the scroll area.
        editor->setAutoFillBackground(false);
        viewport()->setAutoFillBackground(false);
        editor->installEventFilter(this);
    }

    QSize minimumSizeHint() const override
    {
        const QSize editor = widget() ? widget()->minimumSizeHint() : QSize();
        return {editor.width() + verticalScrollBar()->sizeHint().width(),
                QScrollArea::minimumSizeHint().height()};
    }

protected:
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::Resize) // also when the scroll bar comes or goes
            fit();
        return QScrollArea::viewportEvent(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            QMetaObject::invokeMethod(
                this, [this] { fit(); }, Qt::QueuedConnection);
        return QScrollArea::eventFilter(watched, event);
    }

private:
    // The height the editor needs at a width: wrapped labels as tall as their lines, everything
    // else at its minimum. (QScrollArea's own resizing would ask for the preferred height.)
    static int neededHeight(QWidget *editor, int width)
    {
        QLayout *layout = editor->layout();
        const QMargins margins = layout->contentsMargins();
        const int inner = width - margins.left() - margins.right();
        int height = margins.top() + margins.bottom();
        int items = 0;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->isEmpty())
                continue;
            height += item->hasHeightForWidth() ? item->heightForWidth(inner)
                                                : item->minimumSize().height();
            ++items;
        }
        return height + std::max(0, items - 1) * std::max(0, layout->spacing());
    }

    void fit()
    {
        QWidget *editor = widget();
        if (!editor || !editor->layout())
            return;
        const int width = viewport()->width();
        const int height = std::max(viewport()->height(), neededHeight(editor, width));
        if (editor->size() != QSize(width, height))
            editor->resize(width, height);
    }
};

} // namespace

CommunicationsPane::CommunicationsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                       QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);
    m_error = new ErrorLine(QStringLiteral("commsError"), this);
    layout->addWidget(m_error);

    // Left: a new draft (template, channel, audience) above the drafts; right: the editor.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    m_left = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildNewDraftBox(left));

    m_model = new DraftListModel(m_workspace.drafts(), m_incidentId, &m_workspace.outbox(), this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setAccessibleName(tr("Drafts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Columns share the width (fitColumns); long words wrap onto a second line, not sideways.
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setColumnHidden(DraftListModel::VersionColumn, true); // in the editor and tooltip
    // In every cell's tooltip: the list is narrow beside the incident list.
    m_table->setColumnHidden(DraftListModel::DeliveryColumn, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->moveSection(header->visualIndex(DraftListModel::AudienceColumn), header->count() - 1);
    m_table->setMinimumWidth(200);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    leftLayout->addWidget(m_table, 1);
    m_deliveries = new QPushButton(tr("&Deliveries…"), left);
    m_deliveries->setObjectName(QStringLiteral("deliveriesButton"));
    m_deliveries->setToolTip(tr("Where each delivery of the selected published draft stands; "
                                "copy its text to post by hand."));
    leftLayout->addWidget(m_deliveries);

    // Should the screen be too short for the whole editor (a 720 px laptop), it scrolls rather
    // than squeezing the gate's buttons flat.
    auto *scroll = new EditorScrollArea(split);
    scroll->setAccessibleName(tr("Draft editor"));
    m_editor = new DraftEditor(m_workspace, m_user, scroll);
    scroll->setEditor(m_editor);
    split->addWidget(left);
    split->addWidget(scroll);
    // The list folds away to give the editor and the preview the width (see resizeEvent).
    m_listToggle = new QToolButton(this);
    m_listToggle->setObjectName(QStringLiteral("draftListToggle"));
    m_listToggle->setCheckable(true);
    m_listToggle->setChecked(true);
    m_listToggle->setAccessibleName(tr("Show the draft list"));
    m_editor->addHeadingWidget(m_listToggle);
    connect(m_listToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_listChosen = true; // the person's choice from now on
        setListShown(shown);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        setListShown(listShown()); // the count on the toggle
        placeList();
    });
    // The list keeps about its natural width; the editor takes the rest.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({left->sizeHint().width(), 2000});
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CommunicationsPane::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommunicationsPane::fitColumns);
    layout->addWidget(split, 1);

    connect(m_create, &QPushButton::clicked, this, &CommunicationsPane::createDraft);
    connect(m_library, &QPushButton::clicked, this, &CommunicationsPane::openTemplates);
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        // A template suggests its channel; the person drafting may pick another.
        const int i = m_channel->findData(m_templates->currentData(Qt::UserRole + 1));
        if (i >= 0)
            m_channel->setCurrentIndex(i);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunicationsPane::draftSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunicationsPane::updateDeliveriesButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &CommunicationsPane::updateDeliveriesButton);
    connect(m_deliveries, &QPushButton::clicked, this, &CommunicationsPane::showDeliveries);
    connect(m_model, &DraftListModel::loadFailed, m_error,
            [this](const QString &message) { m_error->showMessage(message); });
    connect(&m_workspace.templates(), &TemplateStore::templatesChanged, this,
            &CommunicationsPane::fillTemplates);
    connect(&m_workspace.templates(), &TemplateStore::externallyChanged, this,
            &CommunicationsPane::fillTemplates);
    fillTemplates();
    fitColumns();
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
    updateDeliveriesButton();
    setListShown(true);
}

void CommunicationsPane::setListShown(bool shown)
{
    m_left->setVisible(shown);
    if (m_listToggle->isChecked() != shown) {
        const QSignalBlocker blocker(m_listToggle);
        m_listToggle->setChecked(shown);
    }
    m_listToggle->setText(shown ? tr("◂ Hide drafts")
                                : tr("Drafts (%1) ▸").arg(m_model->rowCount()));
    m_listToggle->setToolTip(shown ? tr("Hide the list of drafts and the new-draft form, to give "
                                        "the text and its preview the width.")
                                   : tr("Show the list of this incident's drafts and the form "
                                        "for a new one."));
}

bool CommunicationsPane::listShown() const
{
    return m_left->isVisibleTo(this);
}

void CommunicationsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeList();
}

void CommunicationsPane::placeList()
{
    // On a narrow window (a 1280x720 laptop beside the incident list) the draft list folds away
    // once there is a draft to edit: the editor and the preview need the width more. Once the
    // person has used the toggle, only the toggle decides.
    if (m_listChosen || !isVisible())
        return;
    const int wide = fontMetrics().averageCharWidth() * 150;
    const bool fold = width() < wide && m_model->rowCount() > 0;
    if (fold == listShown())
        setListShown(!fold);
}

QWidget *CommunicationsPane::buildNewDraftBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("New draft"), parent);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Long template names must not widen the pane: the picker shows what fits, the list all.
    m_templates = new QComboBox(box);
    m_templates->setObjectName(QStringLiteral("templatePicker"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(14);
    form->addRow(tr("Template:"), m_templates);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("channelPicker"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel->setMinimumContentsLength(14);
    for (Channel c : channel::all())
        m_channel->addItem(channel::displayName(c), channel::id(c));
    form->addRow(tr("Channel:"), m_channel);
    m_audience = new QLineEdit(box);
    m_audience->setObjectName(QStringLiteral("audienceEdit"));
    m_audience->setPlaceholderText(tr("optional, e.g. a key account"));
    m_audience->setMaxLength(DraftStore::MaxAudienceLength);
    form->addRow(tr("Audience:"), m_audience);
    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("&Create draft"), box);
    m_create->setObjectName(QStringLiteral("createDraft"));
    buttons->addWidget(m_create);
    m_library = new QPushButton(tr("Te&mplates…"), box);
    m_library->setObjectName(QStringLiteral("openTemplates"));
    m_library->setToolTip(tr("The template library: read, add and edit templates."));
    buttons->addWidget(m_library);
    buttons->addStretch();
    form->addRow(buttons);
    return box;
}

bool CommunicationsPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool resized = watched == m_table->viewport() && event->type() == QEvent::Resize;
    const bool restyled = watched == m_table && (event->type() == QEvent::FontChange ||
                                                 event->type() == QEvent::StyleChange);
    if (resized || restyled)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void CommunicationsPane::fitColumns()
{
    // Draft number and state keep their natural width; kind and channel get theirs too if there
    // is room, else they share it with the audience in proportion to what they need, never
    // narrower than their heading, wrapping long names onto a second line. The audience, last,
    // takes what is left. No sideways scrolling, and nothing cut off at the right.
    using Col = DraftListModel::Column;
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public there
    QHeaderView *header = m_table->horizontalHeader();
    const int longest = m_table->fontMetrics().averageCharWidth() * 24;
    const auto wanted = [&](int column) {
        return std::min(longest,
                        std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
    };
    int room = m_table->viewport()->width();
    for (int column : {Col::IdColumn, Col::StateColumn}) {
        const int width =
            std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        m_table->setColumnWidth(column, width);
        room -= width;
    }
    // Kind and channel in full if the audience keeps at least its heading's width; else the
    // three share the room in proportion.
    const bool kindAndChannelFit = wanted(Col::KindColumn) + wanted(Col::ChannelColumn) +
                                       header->sectionSizeHint(Col::AudienceColumn) <=
                                   room;
    const int flexible =
        wanted(Col::KindColumn) + wanted(Col::ChannelColumn) + wanted(Col::AudienceColumn);
    for (int column : {Col::KindColumn, Col::ChannelColumn}) {
        const int share =
            kindAndChannelFit ? wanted(column) : wanted(column) * std::max(0, room) / flexible;
        const int width = std::max(share, header->sectionSizeHint(column));
        m_table->setColumnWidth(column, width);
        room -= width;
    }
    m_table->setColumnWidth(Col::AudienceColumn, std::max(header->minimumSectionSize(), room));
    m_table->resizeRowsToContents();
}

void CommunicationsPane::fillTemplates()
{
    Result<QList<CommsTemplate>> all = m_workspace.templates().templates();
    Result<Incident> incident = m_workspace.incidents().incident(m_incidentId);
    if (!all || !incident) {
        m_error->showMessage(!all ? all.error().message : incident.error().message);
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
        m_error->showMessage(id.error().message);
        return;
    }
    m_error->showMessage(QString());
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
    if (!confirmLeaving(Leaving::OtherDraft)) {
        // Select the shown draft again once the click or key press that moved the selection is
        // handled (done at once, the click's own selection would land on the other row).
        // draftSelected() then finds the shown draft selected and does nothing.
        QMetaObject::invokeMethod(
            this, [this] { m_table->selectRow(m_model->rowOf(m_shown)); }, Qt::QueuedConnection);
        return;
    }
    m_shown = id;
    m_editor->showDraft(id);
}

void CommunicationsPane::updateDeliveriesButton()
{
    const QModelIndex current = m_table->currentIndex();
    const bool tracked =
        current.isValid() &&
        !m_model->index(current.row(), DraftListModel::DeliveryColumn).data().toString().isEmpty();
    m_deliveries->setEnabled(tracked);
}

void CommunicationsPane::showDeliveries()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    DeliveriesDialog dialog(m_workspace, m_user, m_incidentId,
                            current.data(DraftListModel::DraftIdRole).toLongLong(), this);
    dialog.exec();
}

bool CommunicationsPane::confirmLeaving(Leaving leaving)
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    const int draft = m_editor->draftNumber(); // within the incident
    QString question;
    switch (leaving) {
    case Leaving::OtherDraft:
        question =
            tr("Draft #%1 has unsaved changes. Save them before switching drafts?").arg(draft);
        break;
    case Leaving::OtherIncident:
        question = tr("Draft #%1 of incident #%2 has unsaved changes. Save them before switching "
                      "to another incident?")
                       .arg(draft)
                       .arg(m_incidentId);
        break;
    case Leaving::Window:
        question = tr("Draft #%1 of incident #%2 has unsaved changes. Save them before closing "
                      "the window?")
                       .arg(draft)
                       .arg(m_incidentId);
        break;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved announcement"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->save();
    return true;
}

void CommunicationsPane::openTemplates()
{
    TemplateLibraryDialog dialog(m_workspace.templates(), m_user, this);
    dialog.exec();
}

} // namespace warroom
