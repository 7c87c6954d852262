#include "ProfileForm.h"

#include "RedisTlsForm.h"
#include "connection/LibpqDefaults.h"
#include "connection/PgPassFile.h"
#include "connection/PgServiceFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sonde {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_uri(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_pooledDatabase(new QLineEdit(this))
    , m_redisDb(new QSpinBox(this))
    , m_tls(new QCheckBox(tr("TLS (rediss://)"), this))
    , m_tlsForm(new RedisTlsForm(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the keychain"), this))
    , m_sslMode(new QComboBox(this))
    , m_options(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Read-only: never change anything on this server"), this))
    , m_hint(new QLabel(this))
    , m_form(new QFormLayout)
{
    m_uri->setObjectName(u"uri"_s);
    m_uri->setPlaceholderText(u"postgresql://user@host:5432/db · redis://user@host:6379/0"_s);
    m_uri->setClearButtonEnabled(true);
    auto *read = new QPushButton(tr("Fill in"), this);
    read->setObjectName(u"readUri"_s);
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(read);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(targetKindName(TargetKind::PostgreSQL), int(TargetKind::PostgreSQL));
    m_kind->addItem(tr("PgBouncer admin console"), int(TargetKind::PgBouncer));
    m_kind->addItem(targetKindName(TargetKind::Redis), int(TargetKind::Redis));
    m_kind->addItem(tr("Prometheus (a fleet's history)"), int(TargetKind::Prometheus));
    m_name->setObjectName(u"name"_s);
    m_service->setObjectName(u"service"_s);
    m_service->setEditable(true);
    m_service->addItem(QString());
    for (const PgServiceFile::Service &s : PgServiceFile::services())
        m_service->addItem(s.name);
    m_service->setToolTip(tr("A service from pg_service.conf: libpq takes host, port, database "
                             "and more from it."));
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_database->setObjectName(u"database"_s);
    m_pooledDatabase->setObjectName(u"pooledDatabase"_s);
    m_pooledDatabase->setPlaceholderText(tr("database the applications use through PgBouncer"));
    m_redisDb->setObjectName(u"redisDatabase"_s);
    m_tls->setObjectName(u"tls"_s);
    m_redisDb->setRange(0, 65535);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_remember->setChecked(true);
    m_sslMode->setObjectName(u"sslmode"_s);
    for (const QString &mode : {QString(), u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
                                u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode);
    m_options->setObjectName(u"options"_s);
    m_options->setPlaceholderText(u"connect_timeout=5 target_session_attrs=read-write"_s);
    m_readOnly->setObjectName(u"readOnly"_s);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_remember);
    m_form->addRow(tr("Paste a URI"), uriRow);
    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Service"), m_service);
    m_form->addRow(tr("Host"), m_host);
    m_form->addRow(tr("Port"), m_port);
    m_form->addRow(tr("Database"), m_database);
    m_form->addRow(tr("Pooled database"), m_pooledDatabase);
    m_form->addRow(tr("Database number"), m_redisDb);
    m_form->addRow(QString(), m_tls);
    m_form->addRow(QString(), m_tlsForm);
    m_form->addRow(tr("User"), m_user);
    m_form->addRow(tr("Password"), passwordRow);
    m_form->addRow(tr("SSL mode"), m_sslMode);
    m_form->addRow(tr("More libpq options"), m_options);
    m_form->addRow(QString(), m_readOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);

    connect(read, &QPushButton::clicked, this, [this]() { readUri(m_uri->text()); });
    connect(m_uri, &QLineEdit::returnPressed, this, [this]() { readUri(m_uri->text()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileForm::updateForKind);
    connect(m_tls, &QCheckBox::toggled, this, &ProfileForm::updateForKind);
    connect(m_tlsForm, &RedisTlsForm::edited, this, [this]() {
        updateHints();
        emit edited();
    });
    for (QLineEdit *e : {m_name, m_host, m_database, m_user, m_password, m_options})
        connect(e, &QLineEdit::textEdited, this, [this]() {
            updateHints();
            emit edited();
        });
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileForm::updateHints);
    connect(m_service, &QComboBox::currentTextChanged, this, &ProfileForm::updateHints);
    updateForKind();
}

void ProfileForm::updateForKind()
{
    const auto kind = TargetKind(m_kind->currentData().toInt());
    const bool redis = kind == TargetKind::Redis;
    const bool bouncer = kind == TargetKind::PgBouncer;
    const bool prometheus = kind == TargetKind::Prometheus;
    const bool libpq = !redis && !prometheus;
    m_form->setRowVisible(m_service, libpq);
    m_form->setRowVisible(m_database, kind == TargetKind::PostgreSQL || prometheus);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_database)))
        label->setText(prometheus ? tr("Path prefix") : tr("Database"));
    m_form->setRowVisible(m_pooledDatabase, bouncer);
    m_form->setRowVisible(m_redisDb, redis);
    m_form->setRowVisible(m_tls, redis || prometheus);
    m_tls->setText(prometheus ? tr("HTTPS") : tr("TLS (rediss://)"));
    m_form->setRowVisible(m_tlsForm, redis && m_tls->isChecked());
    m_form->setRowVisible(m_sslMode, libpq);
    m_form->setRowVisible(m_options, libpq);
    m_user->setToolTip(redis ? tr("An ACL user (Redis 6+); leave empty for the default user.")
                       : prometheus ? tr("Basic authentication's user; leave empty for none, or "
                                         "to send the password as a bearer token.")
                                    : QString());
    m_password->setToolTip(prometheus ? tr("Basic authentication's password; with no user, a "
                                           "bearer token. Kept in the keychain.")
                                      : QString());
    updateHints();
}

void ProfileForm::updateHints()
{
    const ConnectionProfile p = profile();
    QStringList hints;
    if (p.kind == TargetKind::Prometheus) {
        m_host->setPlaceholderText(u"127.0.0.1"_s);
        m_user->setPlaceholderText(tr("none"));
        m_database->setPlaceholderText(tr("none (or /prometheus behind a proxy)"));
    } else if (p.kind != TargetKind::Redis) {
        // Placeholders say what libpq will use for empty fields.
        const auto defaults = libpqDefaults();
        auto placeholder = [&](QLineEdit *e, const QByteArray &k) {
            const QString env = libpqEnvironmentSource(k);
            e->setPlaceholderText(env.isEmpty() ? defaults.value(k)
                                                : tr("%1 (from %2)").arg(defaults.value(k), env));
        };
        placeholder(m_host, "host");
        placeholder(m_user, "user");
        placeholder(m_database, "dbname");
        const int port = p.effectivePort() > 0 ? p.effectivePort() : defaults.value("port").toInt();
        const QString host = p.host.isEmpty() ? defaults.value("host") : p.host;
        const QString user = p.user.isEmpty() ? defaults.value("user") : p.user;
        const QString db = p.kind == TargetKind::PgBouncer
                               ? u"pgbouncer"_s
                               : (p.database.isEmpty() ? defaults.value("dbname") : p.database);
        if (password().isEmpty() && PgPassFile::hasEntry(host, port, db, user))
            hints << tr("✔ %1 has a password for %2@%3:%4/%5: leave the password empty.")
                         .arg(PgPassFile::path(), user, host)
                         .arg(port)
                         .arg(db);
        if (!p.service.isEmpty())
            hints << tr("Service \"%1\": libpq fills the empty fields from pg_service.conf.")
                         .arg(p.service);
    }
    if (p.kind == TargetKind::Redis) {
        m_host->setPlaceholderText(QString());
        m_user->setPlaceholderText(tr("default"));
    }
    const QString problem = p.problem();
    if (!problem.isEmpty())
        hints.prepend(u"▲ "_s + problem);
    m_hint->setText(hints.join(u'\n'));
}

void ProfileForm::setProfile(const ConnectionProfile &p)
{
    m_id = p.id;
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_name->setText(p.name);
    m_service->setCurrentText(p.service);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_pooledDatabase->setText(p.pooledDatabase);
    m_redisDb->setValue(p.redisDatabase);
    m_tls->setChecked(p.tls);
    m_tlsForm->setOptions(p.redisTls);
    m_tlsForm->setKeyPassphrase(QString());
    m_user->setText(p.user);
    m_sslMode->setCurrentText(p.sslMode);
    m_options->setText(p.extraOptions);
    m_readOnly->setChecked(p.readOnly);
    m_remember->setChecked(p.rememberPassword);
    m_password->clear();
    updateForKind();
}

ConnectionProfile ProfileForm::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.kind = TargetKind(m_kind->currentData().toInt());
    p.name = m_name->text().trimmed();
    p.service = m_service->currentText().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = p.kind == TargetKind::PgBouncer ? u"pgbouncer"_s : m_database->text().trimmed();
    p.pooledDatabase = m_pooledDatabase->text().trimmed();
    p.redisDatabase = m_redisDb->value();
    p.tls = m_tls->isChecked();
    p.redisTls = m_tlsForm->options();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentText();
    p.extraOptions = m_options->text().trimmed();
    p.readOnly = m_readOnly->isChecked();
    p.rememberPassword = m_remember->isChecked();
    return p;
}

QString ProfileForm::password() const
{
    return m_password->text();
}

void ProfileForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

ProfileSecrets ProfileForm::secrets() const
{
    return {m_password->text(), m_tlsForm->keyPassphrase()};
}

bool ProfileForm::readUri(const QString &text)
{
    ConnectionProfile p = profile();
    p.name.clear(); // a new URI gets a fitting name unless the user typed one
    QString password;
    QString error;
    if (!ConnectionProfile::fromUri(text.trimmed(), &p, &password, &error)) {
        m_hint->setText(u"▲ "_s + error);
        return false;
    }
    if (!m_name->text().trimmed().isEmpty() && m_name->isModified())
        p.name = m_name->text().trimmed();
    setProfile(p);
    if (!password.isEmpty())
        m_password->setText(password);
    // The URI field never keeps a password around.
    m_uri->setText(p.displayUri());
    emit edited();
    return true;
}

QString ProfileForm::problem() const
{
    return profile().problem();
}

} // namespace sonde
