#pragma once

// Runs one Publisher::deliver() to its end in a test and records how `done` was called: how
// often, and whether from inside deliver() (which the interface forbids).

#include "integrations/publishing/publisher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace warroom::test {

struct Delivery
{
    int calls = 0;
    bool calledInside = false;
    Publisher::Outcome outcome;

    bool once() const { return calls == 1 && !calledInside; }
};

inline Delivery deliverAndWait(Publisher &publisher, const Publisher::Message &message,
                               int timeoutMs = 30000)
{
    auto delivery = std::make_shared<Delivery>();
    auto inside = std::make_shared<bool>(true);
    publisher.deliver(message, [delivery, inside](const Publisher::Outcome &outcome) {
        ++delivery->calls;
        delivery->calledInside = delivery->calledInside || *inside;
        delivery->outcome = outcome;
    });
    *inside = false;
    // The caller checks the calls: a timeout shows as none.
    static_cast<void>(QTest::qWaitFor([&] { return delivery->calls > 0; }, timeoutMs));
    // A second call would come from events already queued: let them run.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    return *delivery;
}

inline QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline const char *kindName(Publisher::Outcome::Kind kind)
{
    switch (kind) {
    case Publisher::Outcome::Kind::Delivered:
        return "Delivered";
    case Publisher::Outcome::Kind::RetryLater:
        return "RetryLater";
    case Publisher::Outcome::Kind::Refused:
        return "Refused";
    }
    return "?";
}

} // namespace warroom::test
