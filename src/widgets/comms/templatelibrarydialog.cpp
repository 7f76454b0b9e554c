#include "widgets/comms/templatelibrarydialog.h"

#include "comms/text/placeholders.h"
#include "core/comms/announcementkind.h"
#include "session/currentuser.h"
#include "storage/comms/templatestore.h"
#include "widgets/comms/linthighlighter.h"
#include "widgets/comms/placeholdertextedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

TemplateLibraryDialog::TemplateLibraryDialog(TemplateStore &templates, CurrentUser &user,
                                             QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_user(user)
{
    setWindowTitle(tr("Announcement templates"));
    resize(1000, 650);
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    layout->addWidget(m_list, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("templateVersions"));
    form->addRow(tr("&Version:"), m_versions);
    m_name = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    for (const QString &kind : announcementkind::all())
        m_kind->addItem(announcementkind::displayName(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_channel = new QComboBox(this);
    for (Channel c : channel::all())
        m_channel->addItem(channel::displayName(c), channel::id(c));
    form->addRow(tr("&Channel:"), m_channel);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    form->addRow(tr("&Title:"), m_title);
    right->addLayout(form);
    m_body = new PlaceholderTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Template text"));
    // In a template, blue marks what the incident fills in, orange what the drafter writes.
    auto *highlighter = new LintHighlighter(m_body->document());
    QSet<QString> fromIncident;
    for (const PlaceholderInfo &info : placeholders::catalog()) {
        if (info.fromIncident)
            fromIncident.insert(info.name);
    }
    highlighter->setFilledNames(fromIncident);
    right->addWidget(m_body, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("templateSave"));
    right->addWidget(buttons);
    layout->addLayout(right, 3);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TemplateLibraryDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this,
            &TemplateLibraryDialog::templateSelected);
    connect(m_versions, &QComboBox::currentIndexChanged, this,
            &TemplateLibraryDialog::versionSelected);
    fillList(QString());
}

QString TemplateLibraryDialog::message() const
{
    return m_message->text();
}

void TemplateLibraryDialog::fillList(const QString &selectKey)
{
    Result<QList<CommsTemplate>> all = m_templates.templates();
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    m_list->clear();
    for (const CommsTemplate &t : *all) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.key);
        item->setToolTip(
            tr("%1 · %2 · version %3").arg(t.key, channel::displayName(t.channel)).arg(t.version));
        if (t.key == selectKey)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TemplateLibraryDialog::templateSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Result<QList<CommsTemplate>> versions =
        m_templates.versions(item->data(Qt::UserRole).toString());
    if (!versions) {
        m_message->setText(versions.error().message);
        return;
    }
    m_shownVersions = *versions;
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    for (const CommsTemplate &t : std::as_const(m_shownVersions))
        m_versions->addItem(
            tr("v%1 — %2, %3")
                .arg(t.version)
                .arg(t.createdBy, t.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    m_versions->setCurrentIndex(m_versions->count() - 1);
    versionSelected();
}

void TemplateLibraryDialog::versionSelected()
{
    const int i = m_versions->currentIndex();
    if (i < 0 || i >= m_shownVersions.size())
        return;
    const CommsTemplate &t = m_shownVersions.at(i);
    m_name->setText(t.name);
    m_kind->setCurrentIndex(m_kind->findData(t.kind));
    m_channel->setCurrentIndex(m_channel->findData(channel::id(t.channel)));
    m_title->setText(t.title);
    m_body->setPlainText(t.body);
}

void TemplateLibraryDialog::save()
{
    const int i = m_versions->currentIndex();
    if (i < 0 || i >= m_shownVersions.size())
        return;
    CommsTemplate t = m_shownVersions.at(i);
    t.name = m_name->text();
    t.kind = m_kind->currentData().toString();
    t.channel = channel::fromId(m_channel->currentData().toString()).value_or(t.channel);
    t.title = m_title->text();
    t.body = m_body->toPlainText();
    Result<int> saved = m_templates.save(t, m_user.name());
    if (!saved) {
        m_message->setText(saved.error().message); // the edits stay in the form
        return;
    }
    fillList(t.key);
    m_message->setText(tr("Saved \"%1\" as version %2.").arg(t.name).arg(*saved));
}

} // namespace warroom
