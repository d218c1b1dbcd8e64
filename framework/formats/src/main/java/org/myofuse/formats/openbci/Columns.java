package org.myofuse.formats.openbci;

import java.util.ArrayList;
import java.util.List;

/** Which column of an imported row holds what. */
final class Columns {

    int count;
    int index = -1;
    final List<Integer> exg = new ArrayList<>();
    final List<String> exgNames = new ArrayList<>();
    final List<Integer> accel = new ArrayList<>();
    final List<String> accelNames = new ArrayList<>();
    int unixTime = -1;
    int formattedTime = -1;
    int marker = -1;

    int signals() {
        return exg.size() + accel.size();
    }
}
