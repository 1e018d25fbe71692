#include "mainwindow.h"

namespace OrderDesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrderDesk"));
    resize(1200, 760);
}

} // namespace OrderDesk
