#pragma once

#include <QMainWindow>

namespace OrderDesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace OrderDesk
