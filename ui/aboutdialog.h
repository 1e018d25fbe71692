#pragma once

#include <QDialog>

namespace OrderDesk {

// What IT and support ask first: which OrderDesk, on which Qt, built when, under which licence,
// and where its cancellation history is kept.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString& historyInUse, QWidget* parent = nullptr);
};

} // namespace OrderDesk
