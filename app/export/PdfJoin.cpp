#include "app/export/PdfJoin.h"

#include <QIODevice>
#include <QtDebug>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <stdexcept>
#include <vector>

namespace {

// qpdf's output straight into the device: no copy of the whole file in memory.
class DevicePipeline : public Pipeline {
public:
    explicit DevicePipeline(QIODevice* device)
        : Pipeline("device", nullptr)
        , m_device(device)
    {
    }
    void write(unsigned char const* data, size_t length) override
    {
        if (m_device->write(reinterpret_cast<const char*>(data), qint64(length)) != qint64(length)) {
            throw std::runtime_error(m_device->errorString().toStdString());
        }
    }
    void finish() override { }

private:
    QIODevice* m_device;
};

} // namespace

bool PdfJoin::join(const QList<QByteArray>& parts, QIODevice* device)
{
    if (parts.isEmpty()) {
        return false;
    }
    try {
        // All alive until written: the appended pages' streams are read from their own file then.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (const QByteArray& part : parts) {
            documents.push_back(std::make_unique<QPDF>());
            documents.back()->processMemoryFile("part", part.constData(), size_t(part.size()));
        }
        QPDFPageDocumentHelper pages(*documents.front());
        for (size_t d = 1; d < documents.size(); ++d) {
            for (const QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*documents.at(d)).getAllPages()) {
                pages.addPage(page, false);
            }
        }
        QPDFWriter writer(*documents.front());
        DevicePipeline output(device);
        writer.setOutputPipeline(&output);
        // The streams as they were written: Qt has deflated them already.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.write();
        return true;
    } catch (const std::exception& e) {
        qWarning("%s", e.what());
        return false;
    }
}
