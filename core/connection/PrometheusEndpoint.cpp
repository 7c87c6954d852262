#include "PrometheusEndpoint.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sonde {

bool looksLikePrometheusUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
           t.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

bool PrometheusEndpoint::parse(const QString &text, PrometheusEndpoint *out, QString *error)
{
    const QString trimmed = text.trimmed();
    if (!looksLikePrometheusUrl(trimmed)) {
        *error = tr("A Prometheus address starts with http:// or https:// (for example "
                    "http://prometheus.example.com:9090).");
        return false;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        // QUrl's own message quotes the address, credentials and all: never shown.
        *error = tr("This is not a valid address: check the host name, the port and that "
                    "any character outside letters and digits in a user name or password is "
                    "percent-encoded.");
        return false;
    }
    PrometheusEndpoint ep;
    ep.user = url.userName(QUrl::FullyDecoded);
    ep.password = url.password(QUrl::FullyDecoded);
    QUrlQuery query(url);
    ep.caFile = query.queryItemValue(u"cacert"_s, QUrl::FullyDecoded);
    ep.verifyTls = query.queryItemValue(u"verify"_s) != u"none"_s;
    ep.bearerToken = query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    for (const QString &known : {u"cacert"_s, u"verify"_s, u"token"_s})
        query.removeAllQueryItems(known);
    if (!query.isEmpty()) {
        *error = tr("Unknown option in the address: %1 (known: cacert, verify=none, token).")
                     .arg(query.queryItems().constFirst().first);
        return false;
    }
    url.setQuery(QString());
    url.setUserInfo(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    ep.url = url;
    *out = ep;
    return true;
}

PromInstanceRef PromInstanceRef::fromUri(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery fragment(url.fragment(QUrl::FullyEncoded));
    PromInstanceRef ref;
    ref.instance = fragment.queryItemValue(u"instance"_s, QUrl::FullyDecoded);
    ref.job = fragment.queryItemValue(u"job"_s, QUrl::FullyDecoded);
    ref.kind = targetKindFromKey(fragment.queryItemValue(u"kind"_s));
    return ref;
}

TargetKind metricsKindOf(const Target &target)
{
    if (target.kind != TargetKind::Prometheus)
        return target.kind;
    const PromInstanceRef ref = PromInstanceRef::fromUri(target.uri);
    return ref.isValid() ? ref.kind : TargetKind::Prometheus;
}

QString PromInstanceRef::toUri(const QString &serverUri) const
{
    QUrl url(serverUri);
    QUrlQuery fragment;
    fragment.addQueryItem(u"instance"_s, QString::fromLatin1(QUrl::toPercentEncoding(instance)));
    fragment.addQueryItem(u"job"_s, QString::fromLatin1(QUrl::toPercentEncoding(job)));
    fragment.addQueryItem(u"kind"_s, targetKindKey(kind));
    url.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

QString PrometheusEndpoint::displayUrl() const
{
    QUrl shown = url;
    if (!user.isEmpty())
        shown.setUserName(user);
    return shown.toString();
}

QString PrometheusEndpoint::hostPort() const
{
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    return u"%1:%2"_s.arg(url.host()).arg(port);
}

} // namespace sonde
