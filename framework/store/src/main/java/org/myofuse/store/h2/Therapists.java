package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.Therapist;

/** The {@code therapists} table, on the store's connection; the caller serialises access. */
final class Therapists {

    private final Connection connection;
    private final String where;

    /** @param where the database, for messages */
    Therapists(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    Therapist add(Therapist therapist) throws StoreException {
        if (key(therapist.code()).isPresent()) {
            throw new StoreException("therapist " + therapist.code() + " is already registered");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO therapists (code, name) VALUES (?, ?)")) {
            p.setString(1, therapist.code());
            p.setString(2, therapist.name().orElse(null));
            p.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // another room registered the same code meanwhile
                throw new StoreException("therapist " + therapist.code() + " is already registered", e);
            }
            throw failure("cannot register therapist " + therapist.code(), e);
        }
        return therapist;
    }

    List<Therapist> list(String code) throws StoreException {
        String where = code == null ? "" : " WHERE code = ?";
        try (PreparedStatement p = connection.prepareStatement("SELECT code, name FROM therapists" + where + " ORDER BY code")) {
            if (code != null) {
                p.setString(1, code);
            }
            List<Therapist> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(new Therapist(rs.getString(1), Optional.ofNullable(rs.getString(2))));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure("cannot read therapists", e);
        }
    }

    Optional<Long> key(String code) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM therapists WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot look up therapist " + code, e);
        }
    }

    private StoreException failure(String doing, SQLException e) {
        return new StoreException(doing + " in database " + where + ": " + H2SessionStore.firstLine(e), e);
    }
}
