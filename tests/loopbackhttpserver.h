#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for the channel tests: it records every request
// (method, path with query, headers, body) and answers each with the next scripted Response, or
// resets the connection, answers after a delay, or never answers. One request per connection
// (it answers "Connection: close"), which is all a publisher needs. Note that Qt Network sends a
// request once more by itself when the connection closes before any byte of an answer arrived;
// a test of a reset before the answer scripts the reset twice.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace warroom::test {

class LoopbackHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      // with the query
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    struct Response
    {
        enum class Action { Answer, Reset, ResetMidAnswer, Never };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Action action = Action::Answer;
        int delayMs = 0; // answer after this long

        static Response json(int status, const QByteArray &body)
        {
            return Response{status, {{"Content-Type", "application/json"}}, body};
        }
        static Response text(int status, const QByteArray &body)
        {
            return Response{status, {{"Content-Type", "text/plain"}}, body};
        }
        Response &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
            return *this;
        }
        static Response reset() { return Response{0, {}, {}, Action::Reset}; }
        // The status line and headers, part of the body, then a reset: an answer cut short.
        static Response resetMidAnswer()
        {
            return Response{200, {}, QByteArray(64, 'x'), Action::ResetMidAnswer};
        }
        static Response never() { return Response{0, {}, {}, Action::Never}; }
    };

    LoopbackHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QString()) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }

    void enqueue(const Response &response) { m_script.append(response); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        request.method = start.value(0);
        request.path = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);

        const Response response = m_script.isEmpty()
                                      ? Response::text(599, "no response scripted for this request")
                                      : m_script.takeFirst();
        switch (response.action) {
        case Response::Action::Never:
            return;
        case Response::Action::Reset:
            reset(socket);
            return;
        case Response::Action::ResetMidAnswer:
            socket->write("HTTP/1.1 200 Scripted\r\nContent-Length: 100000\r\n\r\n" +
                          response.body);
            socket->flush();
            QTimer::singleShot(50, socket, [this, socket] { reset(socket); });
            return;
        case Response::Action::Answer:
            break;
        }
        QPointer<QTcpSocket> guarded(socket);
        auto answer = [guarded, response] {
            if (!guarded)
                return;
            QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
            for (const auto &[name, value] : response.headers)
                bytes += name + ": " + value + "\r\n";
            bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            bytes += "Connection: close\r\n\r\n" + response.body;
            guarded->write(bytes);
            guarded->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, answer);
        else
            answer();
    }

    static void reset(QTcpSocket *socket)
    {
        // SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        const struct linger option = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
        socket->abort();
    }

    QTcpServer m_server;
    QList<Response> m_script;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace warroom::test

Q_DECLARE_METATYPE(warroom::test::LoopbackHttpServer::Response)
