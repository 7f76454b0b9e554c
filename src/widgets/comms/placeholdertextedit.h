#pragma once

#include <QPlainTextEdit>

class QCompleter;

namespace warroom {

// A plain-text editor that offers placeholder names after "{{": typing "{{ta" pops up
// task_type (with its description), and choosing one completes it to "{{task_type}}".
class PlaceholderTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PlaceholderTextEdit(QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The placeholder name being typed after an unclosed "{{" on this line, or nullopt.
    std::optional<QString> typedPrefix() const;
    void insertCompletion(const QString &name);

    QCompleter *m_completer = nullptr;
};

} // namespace warroom
