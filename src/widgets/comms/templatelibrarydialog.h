#pragma once

#include "comms/templates/commstemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace warroom {

class CurrentUser;
class PlaceholderTextEdit;
class TemplateStore;

// The template library: pick a template, look at any of its versions, edit, and save as a new
// version (old versions stay as they were).
class TemplateLibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    TemplateLibraryDialog(TemplateStore &templates, CurrentUser &user, QWidget *parent = nullptr);

    QListWidget *templateList() const { return m_list; }
    QComboBox *versionPicker() const { return m_versions; }
    QLineEdit *titleEdit() const { return m_title; }
    PlaceholderTextEdit *bodyEdit() const { return m_body; }
    QPushButton *saveButton() const { return m_save; }
    QString message() const;

private:
    void fillList(const QString &selectKey);
    void templateSelected();
    void versionSelected();
    void save();

    TemplateStore &m_templates;
    CurrentUser &m_user;
    QList<CommsTemplate> m_shownVersions;

    QListWidget *m_list = nullptr;
    QComboBox *m_versions = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_title = nullptr;
    PlaceholderTextEdit *m_body = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace warroom
