// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pngwriter.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>
#include <QtGui/QPainter>

#include <cmath>

using namespace chrono::ui;

namespace {

/// A chart-like picture: flat background, antialiased lines and text.
QImage picture(QImage::Format format)
{
    QImage image(640, 360, format);
    image.fill(QColor(250, 250, 247));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(16, 163, 127), 2));
    QPolygonF line;
    for (int x = 0; x < 600; x += 3)
        line << QPointF(20 + x, 180 + 80 * std::sin(x / 37.0));
    p.drawPolyline(line);
    p.setPen(Qt::black);
    p.drawText(QPointF(30, 40), QStringLiteral("ChatGPT 78.0 %"));
    p.end();
    return image;
}

} // namespace

TEST_CASE("PNG writer: what is read back are the image's RGB pixels", "[render][png]")
{
    const QImage::Format format = GENERATE(QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32, QImage::Format_RGB888);
    QImage image = picture(format);
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(5906);
    const int level = GENERATE(0, Png::DEFAULT_LEVEL, 9);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(Png::writeOpaque(image, &buffer, level));

    QImage back;
    REQUIRE(back.loadFromData(bytes, "PNG"));
    CHECK_FALSE(back.hasAlphaChannel());
    CHECK(back.convertToFormat(QImage::Format_RGB888) == image.convertToFormat(QImage::Format_RGB888));
    CHECK(back.dotsPerMeterX() == 5906);
    CHECK(back.dotsPerMeterY() == 5906);
}

TEST_CASE("PNG writer: flat pictures come out no larger than from Qt's writer at its highest level", "[render][png]")
{
    const QImage image = picture(QImage::Format_ARGB32_Premultiplied);
    QByteArray ours, qts;
    QBuffer a(&ours), b(&qts);
    a.open(QIODevice::WriteOnly);
    b.open(QIODevice::WriteOnly);
    REQUIRE(Png::writeOpaque(image, &a));
    REQUIRE(image.convertToFormat(QImage::Format_RGB888).save(&b, "PNG", 0));
    INFO("ours " << ours.size() << " bytes, Qt's level 9 " << qts.size() << " bytes");
    CHECK(ours.size() <= qts.size() * 11 / 10);
}

TEST_CASE("PNG writer: a null image or a closed device is an error", "[render][png]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CHECK_FALSE(Png::writeOpaque(QImage(), &buffer));
    QBuffer closed;
    CHECK_FALSE(Png::writeOpaque(picture(QImage::Format_RGB32), &closed));
}
