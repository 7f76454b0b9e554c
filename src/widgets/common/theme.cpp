#include "widgets/common/theme.h"

#include "session/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

namespace warroom::theme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Theme)
};

constexpr auto kSystem = "system";
constexpr auto kLight = "light";
constexpr auto kDark = "dark";

// What the platform gave the application, kept before the first switch so System can go back.
struct Platform
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Platform &platform()
{
    static Platform saved;
    return saved;
}

Choice &applied()
{
    static Choice choice = Choice::System;
    return choice;
}

void savePlatform()
{
    Platform &p = platform();
    if (p.saved)
        return;
    p.saved = true;
    p.styleName = QApplication::style()->name();
    p.palette = QApplication::palette();
}

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}

// Runs a widget's style function again; lives as long as the widget.
class PaletteWatcher final : public QObject
{
public:
    PaletteWatcher(QWidget *widget, std::function<void()> style)
        : QObject(widget)
        , m_style(std::move(style))
    {
    }
    void restyle() { m_style(); }

private:
    std::function<void()> m_style;
};

QList<QPointer<PaletteWatcher>> &watchers()
{
    static QList<QPointer<PaletteWatcher>> list;
    return list;
}

// Qt posts ApplicationPaletteChange to the application object (and to the windows) once the
// application's palette has changed, whoever changed it: a theme chosen here, or the desktop's
// own while the theme follows the system. Children of a window get only PaletteChange, which their
// own style sheets send too, so the application's event is the one to restyle on.
class ApplicationPaletteFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange)
            // Queued: after the windows have taken the new palette from their own events.
            QMetaObject::invokeMethod(this, &ApplicationPaletteFilter::restyle,
                                      Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    static void restyle()
    {
        watchers().removeAll(nullptr);
        const QList<QPointer<PaletteWatcher>> current = watchers();
        for (const QPointer<PaletteWatcher> &watcher : current) {
            if (watcher)
                watcher->restyle();
        }
        // A widget with a style sheet keeps the palette it was polished with (its text colour
        // too); setting the sheet again polishes it with the new one.
        const QWidgetList widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            if (!widget->styleSheet().isEmpty())
                widget->setStyleSheet(widget->styleSheet());
        }
    }
};

void watchApplicationPalette()
{
    static QPointer<ApplicationPaletteFilter> filter;
    if (filter)
        return;
    filter = new ApplicationPaletteFilter(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(filter);
}

} // namespace

QString id(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return QLatin1String(kLight);
    case Choice::Dark:
        return QLatin1String(kDark);
    }
    return QLatin1String(kSystem);
}

std::optional<Choice> fromId(const QString &id)
{
    for (Choice choice : {Choice::System, Choice::Light, Choice::Dark}) {
        if (theme::id(choice) == id)
            return choice;
    }
    return std::nullopt;
}

QString displayName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return Text::tr("&Light");
    case Choice::Dark:
        return Text::tr("&Dark");
    }
    return Text::tr("&System");
}

Choice current()
{
    return applied();
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// Fusion's usual dark palette, as a desktop's dark theme hands it to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void apply(Choice choice)
{
    savePlatform();
    applied() = choice;
    switch (choice) {
    case Choice::System:
        setStyle(platform().styleName);
        QApplication::setPalette(platform().palette);
        return;
    case Choice::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Choice::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

void choose(Choice choice)
{
    apply(choice);
    AppSettings().setTheme(id(choice));
}

void applyRemembered()
{
    const Choice choice = fromId(AppSettings().theme()).value_or(Choice::System);
    if (choice != Choice::System)
        apply(choice);
}

void keepStyled(QWidget *widget, std::function<void()> style)
{
    style();
    watchApplicationPalette();
    watchers().append(new PaletteWatcher(widget, std::move(style)));
}

QMenu *addMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(Text::tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    for (Choice choice : {Choice::System, Choice::Light, Choice::Dark}) {
        QAction *action = menu->addAction(displayName(choice));
        action->setObjectName(QStringLiteral("theme_") + id(choice));
        action->setCheckable(true);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choice] { choose(choice); });
    }
    const auto tick = [menu] {
        for (QAction *action : menu->actions())
            action->setChecked(action->objectName() == QStringLiteral("theme_") + id(current()));
    };
    tick();
    // Another window or Preferences may have switched it since.
    QObject::connect(menu, &QMenu::aboutToShow, menu, tick);
    return menu;
}

} // namespace warroom::theme
