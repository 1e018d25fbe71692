#include "mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    OrderDesk::MainWindow window;
    window.show();
    return QApplication::exec();
}
