#pragma once

#include "connection/ConnectionTester.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sonde {

class JobTracker;
class ProfileConnector;
class ProfileForm;
class ProfileListModel;

// "Connect to a server": the saved profiles on the left, the selected one's fields on the
// right. "Test connection" runs off the GUI thread and lists what works and what does not
// (and why); "Save" keeps the profile (never its password: that goes to the keychain);
// "Connect" adds the target to the session, where the dashboard starts sampling it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(ProfileConnector *connector, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ProfileForm *form() const { return m_form; }
    QString resultText() const;
    bool isTesting() const;

public slots:
    void testConnection();
    // Saves the profile as edited; returns its id (empty when invalid).
    QString saveProfile();
    void connectProfile();
    void newProfile();
    void deleteProfile();

private:
    void select(const QString &profileId);
    void showResult(const ConnectionTestResult &result);

    ProfileConnector *m_connector;
    ProfileListModel *m_model;
    QTableView *m_list;
    ProfileForm *m_form;
    QPlainTextEdit *m_result;
    QLabel *m_keychain;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_connect;
    JobTracker *m_jobs;
};

} // namespace sonde
