#include <core/sync/loginerror.h>
#include <core/sync/serverconnection.h>

#include "../../app/shell/logindialog.h"
#include "../../app/shell/serversetupdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Civitas;

namespace {

// Any certificate will do: the dialog only checks that the file holds one.
const char caCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIBTTCB9KADAgECAgIQADAKBggqhkjOPQQDAjAVMRMwEQYDVQQDDApjYSB0ZXN0\n"
                             "IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAwWjAVMRMwEQYDVQQD\n"
                             "DApjYSB0ZXN0IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMsVvxZFDvz0E\n"
                             "NguF6LPKaxNqDF+QBRcfRBv+UdQXWExwfrsEB+s9nKwHyTGS/fX3jbN84tqjRsvc\n"
                             "A2XOGeI+KKMyMDAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUNoHAxU0V4LBY\n"
                             "BmUoBbP5WXxqeU4wCgYIKoZIzj0EAwIDSAAwRQIgPhtyoYEs23jvbibOSUt5PDYW\n"
                             "7s6KI3OGj2TzGyud0lkCIQC2gIA6jpDPVc7HwektwIGWWnkfIHEYH6R4xo+uXq2B\n"
                             "VQ==\n"
                             "-----END CERTIFICATE-----\n";

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

QPushButton *logInButton(QWidget *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

// On the indicator: a radio button stretched over the dialog's width ignores a click in its
// empty right part, where QTest clicks by default.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

// Replaces the field's text as a user would: select all, then type.
void retype(QWidget *field, const QString &text)
{
    field->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

void maybeSaveScreenshot(QWidget *widget, const QString &name)
{
    // CIVITAS_DIALOG_SCREENSHOTS=/tmp ./shell_tst_logindialogs: to look at the dialogs.
    const QString folder = qEnvironmentVariable("CIVITAS_DIALOG_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(folder + QStringLiteral("/dialog-") + name + QStringLiteral(".png"));
}

// Answers the next message box with the button named `buttonName` (or Cancel when empty),
// from inside its exec().
void answerMessageBox(const QString &buttonName, QString *seenText)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seenText)
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        maybeSaveScreenshot(box, QStringLiteral("messagebox"));
        QAbstractButton *button = buttonName.isEmpty()
                                      ? box->button(QMessageBox::Cancel)
                                      : box->findChild<QAbstractButton *>(buttonName);
        QTest::mouseClick(button, Qt::LeftButton);
    });
    timer->start();
}

} // namespace

class tst_LoginDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void setupStartsLocal();
    void serverNeedsAHostAndADatabase();
    void invalidPortDisablesOk();
    void verifyingTlsNeedsAnExistingCaFile();
    void caFileSwitchesToVerifyFullUnlessChosen();
    void validSetupReturnsTheConnection();
    void existingSetupIsShown();
    void setupIsReachableByKeyboard();
    void weakerTlsNeedsTheInsecureChoice();

    void loginReturnsWhatWasTyped();
    void loginStartsWithoutAUserName();
    void showErrorSaysWhatHappened_data();
    void showErrorSaysWhatHappened();
    void unreachableServerOffersOfflineWork();
    void forgetEmitsOnlyAfterConfirmation();

private:
    QTemporaryDir m_dir;
    QString m_caPath;
};

void tst_LoginDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_caPath = m_dir.filePath(QStringLiteral("town-ca.crt"));
    QFile ca(m_caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(caCertificate);
    ca.close();
    QFile junk(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
}

void tst_LoginDialogs::setupStartsLocal()
{
    ServerSetupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isLocalOnly());
    QVERIFY(child<QRadioButton>(&dialog, "localOnly")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "serverHost")->isEnabled());
    QVERIFY(okButton(&dialog)->isEnabled());
    // Nothing to complain about while the server is not used.
    QVERIFY(child<QLabel>(&dialog, "serverHostProblem")->isHidden());
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-local"));
}

void tst_LoginDialogs::serverNeedsAHostAndADatabase()
{
    ServerSetupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(child<QRadioButton>(&dialog, "useServer"));
    QVERIFY(!dialog.isLocalOnly());
    QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
    auto *host = child<QLineEdit>(&dialog, "serverHost");
    auto *hostProblem = child<QLabel>(&dialog, "serverHostProblem");
    QVERIFY(host->isEnabled());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!hostProblem->isHidden());
    QCOMPARE(hostProblem->text(), QStringLiteral("Enter the server's name or address."));
    QCOMPARE(host->accessibleDescription(), hostProblem->text());
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-server-empty"));

    retype(host, QStringLiteral("postgresql://sgbd"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(hostProblem->text().contains(QStringLiteral("postgresql://")));
    retype(host, QStringLiteral("sgbd mairie"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(hostProblem->text(),
             QStringLiteral("A server name holds only letters, digits, dots and hyphens."));
    retype(host, QStringLiteral("sgbd.mairie-bron.fr"));
    QVERIFY(hostProblem->isHidden());
    QVERIFY(okButton(&dialog)->isEnabled());

    auto *database = child<QLineEdit>(&dialog, "serverDatabase");
    QCOMPARE(database->text(), QStringLiteral("civitas"));
    retype(database, QString());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "serverDatabaseProblem")->text(),
             QStringLiteral("Enter the name of the database."));
    QTest::keyClicks(database, QStringLiteral("civitas_bron"));
    QVERIFY(okButton(&dialog)->isEnabled());

    // Back to local use: whatever the server fields hold no longer matters.
    retype(host, QString());
    QVERIFY(!okButton(&dialog)->isEnabled());
    clickRadio(child<QRadioButton>(&dialog, "localOnly"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(hostProblem->isHidden());
}

void tst_LoginDialogs::invalidPortDisablesOk()
{
    ServerSetupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(child<QRadioButton>(&dialog, "useServer"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
    QTest::keyClicks(child<QLineEdit>(&dialog, "serverHost"), QStringLiteral("10.0.0.5"));
    QVERIFY(okButton(&dialog)->isEnabled());

    auto *port = child<QSpinBox>(&dialog, "serverPort");
    auto *portProblem = child<QLabel>(&dialog, "serverPortProblem");
    QCOMPARE(port->value(), 5432);
    retype(port, QString());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!portProblem->isHidden());
    QCOMPARE(portProblem->text(),
             QStringLiteral("Enter a port from 1 to 65535 (the usual one is 5432)."));
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-bad-port"));

    retype(port, QStringLiteral("0"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!portProblem->isHidden());

    // The spin box refuses the keystroke that would go past 65535.
    retype(port, QStringLiteral("99999"));
    QVERIFY(port->value() <= 65535);

    retype(port, QStringLiteral("5433"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(portProblem->isHidden());
    QCOMPARE(dialog.serverConnection().port, 5433);
}

void tst_LoginDialogs::verifyingTlsNeedsAnExistingCaFile()
{
    ServerSetupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(child<QRadioButton>(&dialog, "useServer"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "serverHost"), QStringLiteral("sgbd.mairie.fr"));

    // verify-full from the start: no server without its authority's certificate.
    auto *mode = child<QComboBox>(&dialog, "sslMode");
    QCOMPARE(mode->count(), 6);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
    auto *caProblem = child<QLabel>(&dialog, "caFileProblem");
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!caProblem->isHidden());
    QVERIFY2(caProblem->text().contains(QStringLiteral("choose the file")),
             qPrintable(caProblem->text()));
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-tls-no-ca"));

    auto *caFile = child<QLineEdit>(&dialog, "caFile");
    QTest::keyClicks(caFile, m_dir.filePath(QStringLiteral("missing.crt")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(caProblem->text(), QStringLiteral("This file does not exist."));
    retype(caFile, m_dir.path());
    QCOMPARE(caProblem->text(), QStringLiteral("This is a folder, not a file."));
    retype(caFile, m_dir.filePath(QStringLiteral("notes.txt")));
    QCOMPARE(caProblem->text(), QStringLiteral("This file holds no certificate (PEM format)."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    retype(caFile, m_caPath);
    QVERIFY(caProblem->isHidden());
    QVERIFY(okButton(&dialog)->isEnabled());

    // verify-ca needs the file just as much (and the insecure box ticked, see below).
    QTest::mouseClick(child<QCheckBox>(&dialog, "allowInsecure"), Qt::LeftButton);
    mode->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mode, Qt::Key_Up);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-ca"));
    QVERIFY(okButton(&dialog)->isEnabled());
    retype(caFile, QString());
    QVERIFY(!okButton(&dialog)->isEnabled());

    // A mode that checks nothing takes no file: a file there is only pointed out.
    retype(caFile, m_caPath);
    QTest::keyClick(mode, Qt::Key_Up);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("require"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!caProblem->isHidden());
    QVERIFY(caProblem->text().contains(QStringLiteral("not used")));
    QVERIFY(dialog.serverConnection().sslRootCert.isEmpty());
}

void tst_LoginDialogs::caFileSwitchesToVerifyFullUnlessChosen()
{
    {
        ServerSetupDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickRadio(child<QRadioButton>(&dialog, "useServer"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
        QCOMPARE(child<QComboBox>(&dialog, "sslMode")->currentData().toString(),
                 QStringLiteral("verify-full"));
    }
    {
        ServerSetupDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickRadio(child<QRadioButton>(&dialog, "useServer"));
        auto *mode = child<QComboBox>(&dialog, "sslMode");
        QTest::mouseClick(child<QCheckBox>(&dialog, "allowInsecure"), Qt::LeftButton);
        mode->setFocus(Qt::TabFocusReason);
        QTest::keyClick(mode, Qt::Key_Up); // verify-full -> verify-ca -> require, by hand
        QTest::keyClick(mode, Qt::Key_Up);
        QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("require"));
    }
}

void tst_LoginDialogs::validSetupReturnsTheConnection()
{
    ServerSetupDialog dialog;
    ServerConnection blank;
    blank.user = QStringLiteral("nbenali");
    dialog.setServerConnection(blank);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(child<QRadioButton>(&dialog, "useServer"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "serverHost"),
                     QStringLiteral("sgbd.mairie-bron.fr"));
    retype(child<QSpinBox>(&dialog, "serverPort"), QStringLiteral("5433"));
    retype(child<QLineEdit>(&dialog, "serverDatabase"), QStringLiteral("civitas_bron"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-server-valid"));

    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isLocalOnly());
    const ServerConnection connection = dialog.serverConnection();
    QCOMPARE(connection.host, QStringLiteral("sgbd.mairie-bron.fr"));
    QCOMPARE(connection.port, 5433);
    QCOMPARE(connection.database, QStringLiteral("civitas_bron"));
    QCOMPARE(connection.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(connection.sslRootCert, m_caPath);
    QCOMPARE(connection.user, QStringLiteral("nbenali"));
    QCOMPARE(connection.toDisplayUri(),
             QStringLiteral("postgresql://nbenali@sgbd.mairie-bron.fr:5433/civitas_bron"
                            "?sslmode=verify-full"));
}

void tst_LoginDialogs::existingSetupIsShown()
{
    ServerConnection saved;
    saved.host = QStringLiteral("10.1.2.3");
    saved.port = 6432;
    saved.database = QStringLiteral("civitas");
    saved.user = QStringLiteral("jdupont");
    saved.sslMode = QStringLiteral("verify-ca");
    saved.sslRootCert = m_caPath;
    ServerSetupDialog dialog;
    dialog.setServerConnection(saved);
    dialog.setLocalOnly(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, "serverHost")->text(), saved.host);
    QCOMPARE(child<QSpinBox>(&dialog, "serverPort")->value(), 6432);
    QCOMPARE(child<QSpinBox>(&dialog, "serverPort")->text(), QStringLiteral("6432"));
    QCOMPARE(child<QComboBox>(&dialog, "sslMode")->currentData().toString(),
             QStringLiteral("verify-ca"));
    QVERIFY(okButton(&dialog)->isEnabled());
    const ServerConnection back = dialog.serverConnection();
    QCOMPARE(back.toDisplayUri(), saved.toDisplayUri());
    QCOMPARE(back.sslRootCert, saved.sslRootCert);
    // Cancel leaves the caller's settings alone: the dialog only reports.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_LoginDialogs::setupIsReachableByKeyboard()
{
    ServerSetupDialog dialog;
    dialog.setLocalOnly(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const char *fields[]
        = {"serverHost", "serverPort", "serverDatabase", "sslMode", "caFile", "browseCaFile"};
    for (const char *name : fields) {
        auto *field = child<QWidget>(&dialog, name);
        QVERIFY2(field->focusPolicy() & Qt::TabFocus, name);
        QVERIFY2(!field->accessibleName().isEmpty(), name);
    }
    // Tab goes through the fields in reading order.
    child<QLineEdit>(&dialog, "serverHost")->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // The spin box's line edit holds the focus on its behalf.
        while (focus && focus->objectName().isEmpty())
            focus = focus->parentWidget();
        order << (focus ? focus->objectName() : QString());
    }
    QCOMPARE(order,
             QStringList({QStringLiteral("serverPort"),
                          QStringLiteral("serverDatabase"),
                          QStringLiteral("sslMode"),
                          QStringLiteral("caFile"),
                          QStringLiteral("browseCaFile")}));
    // Mnemonics: Alt+D goes to the database field.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "serverDatabase"));
}

void tst_LoginDialogs::weakerTlsNeedsTheInsecureChoice()
{
    ServerSetupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(child<QRadioButton>(&dialog, "useServer"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "serverHost"), QStringLiteral("sgbd.mairie.fr"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "caFile"), m_caPath);
    auto *mode = child<QComboBox>(&dialog, "sslMode");
    auto *insecure = child<QCheckBox>(&dialog, "allowInsecure");
    auto *warning = child<QLabel>(&dialog, "insecureWarning");
    QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
    QCOMPARE(dialog.serverConnection().sslMode, QStringLiteral("verify-full"));
    QVERIFY(!insecure->isChecked());
    QVERIFY(warning->isHidden());

    // The weaker modes cannot be picked while the box is not ticked.
    mode->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mode, Qt::Key_Up);
    QTest::keyClick(mode, Qt::Key_Home);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
    auto *model = qobject_cast<QStandardItemModel *>(mode->model());
    QVERIFY(model);
    for (int i = 0; i < mode->count(); ++i)
        QCOMPARE(model->item(i)->isEnabled(),
                 mode->itemData(i).toString() == QLatin1String("verify-full"));

    // Ticked, a weaker mode may be chosen, and the dialog says what it exposes.
    QTest::mouseClick(insecure, Qt::LeftButton);
    mode->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mode, Qt::Key_Home);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("disable"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("sgbd.mairie.fr")),
             qPrintable(warning->text()));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.serverConnection().sslMode, QStringLiteral("disable"));
    maybeSaveScreenshot(&dialog, QStringLiteral("setup-insecure"));

    // Unticked again: back to verify-full.
    QTest::mouseClick(insecure, Qt::LeftButton);
    QCOMPARE(dialog.serverConnection().sslMode, QStringLiteral("verify-full"));
    QVERIFY(warning->isHidden());

    // A saved weaker mode is shown as the choice it was, warning included.
    ServerConnection saved = dialog.serverConnection();
    saved.sslMode = QStringLiteral("require");
    ServerSetupDialog again;
    again.setServerConnection(saved);
    again.setLocalOnly(false);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(child<QCheckBox>(&again, "allowInsecure")->isChecked());
    QVERIFY(child<QLabel>(&again, "insecureWarning")->isVisible());
    QCOMPARE(again.serverConnection().sslMode, QStringLiteral("require"));
}

void tst_LoginDialogs::loginReturnsWhatWasTyped()
{
    LoginDialog dialog;
    dialog.setServerDescription(QStringLiteral("postgresql://sgbd.mairie-bron.fr:5432/civitas"));
    dialog.setUserName(QStringLiteral("nbenali")); // remembered from last time
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *password = child<QLineEdit>(&dialog, "password");
    auto *remember = child<QCheckBox>(&dialog, "rememberPassword");
    QCOMPARE(child<QLineEdit>(&dialog, "userName")->text(), QStringLiteral("nbenali"));
    QCOMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!remember->isChecked());
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(!logInButton(&dialog)->isEnabled());

    QTest::keyClicks(password, QStringLiteral("Tr0ub4dor&3"));
    QVERIFY(logInButton(&dialog)->isEnabled());
    QTest::mouseClick(remember, Qt::LeftButton);
    QVERIFY(remember->isChecked());
    maybeSaveScreenshot(&dialog, QStringLiteral("login"));
    QTest::mouseClick(logInButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.userName(), QStringLiteral("nbenali"));
    QCOMPARE(dialog.password(), QStringLiteral("Tr0ub4dor&3"));
    QVERIFY(dialog.rememberPassword());
}

void tst_LoginDialogs::loginStartsWithoutAUserName()
{
    LoginDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *userName = child<QLineEdit>(&dialog, "userName");
    QCOMPARE(QApplication::focusWidget(), userName);
    QTest::keyClicks(userName, QStringLiteral(" jdupont "));
    QTest::keyClick(userName, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "password"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pw"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.userName(), QStringLiteral("jdupont"));
    QVERIFY(!dialog.rememberPassword());
}

void tst_LoginDialogs::showErrorSaysWhatHappened_data()
{
    QTest::addColumn<LoginError>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password")
        << LoginError::WrongPassword
        << QStringLiteral("FATAL:  password authentication failed for user \"nbenali\"")
        << QStringLiteral("The user name or the password is wrong.");
    QTest::newRow("disabled") << LoginError::AccountDisabled
                              << QStringLiteral("FATAL:  role \"x\" is not permitted to log in")
                              << QStringLiteral("This account is disabled");
    QTest::newRow("expired") << LoginError::AccountExpired << QString()
                             << QStringLiteral("This account has expired.");
    QTest::newRow("unreachable")
        << LoginError::ServerUnreachable << QStringLiteral("Connection refused")
        << QStringLiteral("The server cannot be reached. You can keep working offline; changes "
                          "will be sent when it is back.");
    QTest::newRow("tls") << LoginError::TlsFailure
                         << QStringLiteral("SSL error: certificate verify failed")
                         << QStringLiteral("The server's identity could not be verified (TLS): "
                                           "SSL error: certificate verify failed.");
    QTest::newRow("other") << LoginError::Other
                           << QStringLiteral("FATAL:  database \"civitas\" does not exist")
                           << QStringLiteral("The server refused the login: database \"civitas\" "
                                             "does not exist.");
}

void tst_LoginDialogs::showErrorSaysWhatHappened()
{
    QFETCH(LoginError, kind);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    LoginDialog dialog;
    dialog.setServerDescription(QStringLiteral("postgresql://sgbd.mairie-bron.fr:5432/civitas"));
    dialog.setUserName(QStringLiteral("nbenali"));
    dialog.setPassword(QStringLiteral("typed"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showError(kind, detail);
    auto *error = child<QLabel>(&dialog, "loginError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(expected), qPrintable(error->text()));
    QCOMPARE(dialog.errorText(), error->text());
    QCOMPARE(error->text(), loginErrorMessage(kind, detail));
    if (kind == LoginError::WrongPassword) {
        // Ready to retype.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "password"));
        QCOMPARE(child<QLineEdit>(&dialog, "password")->selectedText(), QStringLiteral("typed"));
    }
    maybeSaveScreenshot(&dialog,
                        QStringLiteral("login-error-")
                            + QString::fromLatin1(QTest::currentDataTag())
                                  .replace(QLatin1Char(' '), QLatin1Char('-')));
    dialog.clearError();
    QVERIFY(error->isHidden());
    QVERIFY(dialog.errorText().isEmpty());
}

void tst_LoginDialogs::unreachableServerOffersOfflineWork()
{
    LoginDialog dialog;
    dialog.setUserName(QStringLiteral("nbenali"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *offline = child<QPushButton>(&dialog, "workOffline");
    QVERIFY(offline->isHidden());
    dialog.showError(LoginError::WrongPassword);
    QVERIFY(offline->isHidden());
    dialog.showError(LoginError::ServerUnreachable, QStringLiteral("timeout expired"));
    QVERIFY(offline->isVisible());
    QTest::mouseClick(offline, Qt::LeftButton);
    QCOMPARE(dialog.result(), LoginDialog::WorkOffline);
}

void tst_LoginDialogs::forgetEmitsOnlyAfterConfirmation()
{
    LoginDialog dialog;
    dialog.setUserName(QStringLiteral("nbenali"));
    dialog.setPendingChangeCount(3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy forget(&dialog, &LoginDialog::forgetComputerRequested);
    auto *button = child<QPushButton>(&dialog, "forgetComputer");
    QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());

    QString seen;
    answerMessageBox(QString(), &seen);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(forget.count(), 0);
    // "3 changes" once civitas_en.qm has the plural; the count is what matters here.
    QVERIFY2(seen.contains(QStringLiteral("3 change")), qPrintable(seen));

    answerMessageBox(QStringLiteral("confirmForget"), nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(forget.count(), 1);
    // The dialog stays open: the caller decides what comes next.
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(tst_LoginDialogs)
#include "tst_logindialogs.moc"
