"""The EDFwriter class of EDFlib-Python, as far as MNE-Python 1.3's mne.export.export_raw uses it, on top of
EDFlib's C library (Debian package libedf1, EDFlib 1.23 by Teunis van Beelen, the author of EDFbrowser;
EDFlib-Python is his pure-Python port of it). Written for make_mne_fixture.py because EDFlib-Python cannot be
installed here; the units of each argument follow EDFlib-Python's documentation and MNE's calls:
  - setStartDateTime(subsecond): 100 us units (C: 100 ns)
  - setDataRecordDuration(duration): microseconds (C: 10 us)
  - writeAnnotation(onset, duration): 100 us units, as in C; a negative duration means none
  - writeSamples(buf): one data record of the next signal, physical values
"""
import ctypes

_lib = ctypes.CDLL("libedf.so.1")
_lib.edf_set_physical_maximum.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_double]
_lib.edf_set_physical_minimum.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_double]
_lib.edfwrite_physical_samples.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_double)]
_lib.edfwrite_annotation_utf8.argtypes = [ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong, ctypes.c_char_p]


class EDFwriter:
    EDFLIB_FILETYPE_EDFPLUS = 1

    def __init__(self, path, filetype, number_of_signals):
        self._handle = _lib.edfopen_file_writeonly(path.encode(), filetype, number_of_signals)
        if self._handle < 0:
            raise IOError("EDFlib could not open %s for writing: error %d" % (path, self._handle))

    def _text(self, function, *args):
        return function(self._handle, *args[:-1], args[-1].encode("utf-8"))

    def setPhysicalMaximum(self, s, value):
        return _lib.edf_set_physical_maximum(self._handle, s, float(value))

    def setPhysicalMinimum(self, s, value):
        return _lib.edf_set_physical_minimum(self._handle, s, float(value))

    def setDigitalMaximum(self, s, value):
        return _lib.edf_set_digital_maximum(self._handle, s, int(value))

    def setDigitalMinimum(self, s, value):
        return _lib.edf_set_digital_minimum(self._handle, s, int(value))

    def setPhysicalDimension(self, s, text):
        return self._text(_lib.edf_set_physical_dimension, s, text)

    def setSampleFrequency(self, s, value):
        return _lib.edf_set_samplefrequency(self._handle, s, int(value))

    def setSignalLabel(self, s, text):
        return self._text(_lib.edf_set_label, s, text)

    def setPreFilter(self, s, text):
        return self._text(_lib.edf_set_prefilter, s, text)

    def setPatientName(self, text):
        return self._text(_lib.edf_set_patientname, text)

    def setAdditionalPatientInfo(self, text):
        return self._text(_lib.edf_set_patient_additional, text)

    def setEquipment(self, text):
        return self._text(_lib.edf_set_equipment, text)

    def setStartDateTime(self, year, month, day, hour, minute, second, subsecond):
        status = _lib.edf_set_startdatetime(self._handle, year, month, day, hour, minute, second)
        return status or _lib.edf_set_subsecond_starttime(self._handle, int(subsecond) * 1000)

    def setDataRecordDuration(self, microseconds):
        return _lib.edf_set_datarecord_duration(self._handle, int(microseconds) // 10)

    def setNumberOfAnnotationSignals(self, n):
        return _lib.edf_set_number_of_annotation_signals(self._handle, int(n))

    def writeSamples(self, buf):
        return _lib.edfwrite_physical_samples(self._handle, buf.ctypes.data_as(ctypes.POINTER(ctypes.c_double)))

    def writeAnnotation(self, onset, duration, description):
        return _lib.edfwrite_annotation_utf8(self._handle, int(round(onset)), int(round(duration)),
                                             description.encode("utf-8"))

    def close(self):
        return _lib.edfclose_file(self._handle)
