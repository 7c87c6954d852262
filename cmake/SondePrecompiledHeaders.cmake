# Precompiled headers for the big libraries: the Qt, libpqxx and standard headers nearly
# every file includes. It roughly halves a clean build on the 2-core CI machine.
# -DSONDE_PCH=OFF turns them off (e.g. to check that each file includes what it uses).
option(SONDE_PCH "Use precompiled headers" ON)

set(SONDE_PCH_CORE
    <algorithm> <atomic> <cmath> <functional> <memory> <mutex> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QElapsedTimer> <QFile> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMetaType> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QThread> <QTimer> <QVariant>)
set(SONDE_PCH_WIDGETS
    ${SONDE_PCH_CORE}
    <QAbstractTableModel> <QCheckBox> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QMessageBox> <QPainter> <QPlainTextEdit> <QPushButton> <QSortFilterProxyModel>
    <QSplitter> <QVBoxLayout> <QWidget>)

function(sonde_precompile_headers target kind)
    if(NOT SONDE_PCH)
        return()
    endif()
    if(kind STREQUAL "widgets")
        target_precompile_headers(${target} PRIVATE ${SONDE_PCH_WIDGETS})
    elseif(kind STREQUAL "database")
        target_precompile_headers(${target} PRIVATE ${SONDE_PCH_CORE} <pqxx/pqxx>)
    else()
        target_precompile_headers(${target} PRIVATE ${SONDE_PCH_CORE})
    endif()
endfunction()
