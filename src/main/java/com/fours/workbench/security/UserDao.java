package com.fours.workbench.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(UserRow.class)
public interface UserDao {

    String COLUMNS = "id, username, display_name, password_hash, active, failed_attempts, locked_until, "
            + "must_change_password, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE LOWER(username) = LOWER(:username)")
    Optional<UserRow> findByUsername(String username);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
    Optional<UserRow> findById(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
    List<UserRow> findAll();

    @SqlQuery("SELECT COUNT(*) FROM app_user")
    long count();

    @SqlQuery("SELECT role FROM user_role WHERE user_id = :userId ORDER BY role")
    List<Role> rolesOf(long userId);

    @SqlUpdate("""
            INSERT INTO app_user (username, display_name, password_hash, must_change_password, created_at)
            VALUES (:username, :displayName, :passwordHash, :mustChangePassword, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String username, String displayName, String passwordHash, boolean mustChangePassword,
                Instant createdAt);

    @SqlUpdate("INSERT INTO user_role (user_id, role) VALUES (:userId, :role)")
    void addRole(long userId, Role role);

    @SqlUpdate("DELETE FROM user_role WHERE user_id = :userId")
    void removeRoles(long userId);

    @SqlUpdate("UPDATE app_user SET failed_attempts = :failedAttempts, locked_until = :lockedUntil WHERE id = :id")
    void updateLoginState(long id, int failedAttempts, Instant lockedUntil);

    /** Optimistic lock: returns 0 when someone else changed the user since it was read. */
    @SqlUpdate("""
            UPDATE app_user SET display_name = :displayName, active = :active, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int updateDetails(long id, String displayName, boolean active, int version);

    @SqlUpdate("UPDATE app_user SET version = version + 1 WHERE id = :id AND version = :version")
    int touch(long id, int version);

    @SqlUpdate("""
            UPDATE app_user SET password_hash = :passwordHash, must_change_password = :mustChangePassword,
                   failed_attempts = 0, locked_until = NULL, version = version + 1
            WHERE id = :id
            """)
    void updatePassword(long id, String passwordHash, boolean mustChangePassword);

    @SqlQuery("SELECT id FROM app_user WHERE username = :username")
    long idOf(String username);

    @SqlQuery("SELECT username FROM app_user WHERE id = :id")
    String usernameOf(long id);
}
