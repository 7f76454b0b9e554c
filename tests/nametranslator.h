#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

namespace warroom::test {

// A translation that turns every message of the given contexts (tables of names:
// "warroom::DeliveryState", "warroom::Channel") into "⟨Name⟩" and leaves all others alone.
// While it is installed, a sentence that lower-cased a name into its text shows "⟨name⟩", which
// no whole sentence contains: phrase tests check for it.
class NameTranslator : public QTranslator
{
public:
    explicit NameTranslator(QSet<QByteArray> contexts)
        : m_contexts(std::move(contexts))
    {
        QCoreApplication::installTranslator(this);
    }
    ~NameTranslator() override { QCoreApplication::removeTranslator(this); }
    Q_DISABLE_COPY_MOVE(NameTranslator)

    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (!m_contexts.contains(QByteArray(context)))
            return QString();
        return QStringLiteral("⟨%1⟩").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    QSet<QByteArray> m_contexts;
};

} // namespace warroom::test
