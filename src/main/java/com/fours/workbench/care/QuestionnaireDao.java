package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The questionnaire's versions and their questions. */
@RegisterConstructorMapper(QuestionnaireQuestion.class)
@RegisterConstructorMapper(QuestionnaireDao.Head.class)
public interface QuestionnaireDao {

    record Head(long id, int versionNo, int scaleMin, int scaleMax, int unhappyBelow, boolean currentVersion,
                String createdBy, Instant createdAt) {
    }

    String HEAD = "SELECT id, version_no, scale_min, scale_max, unhappy_below, current_version, created_by, created_at "
            + "FROM questionnaire ";

    @SqlQuery(HEAD + "WHERE current_version")
    Optional<Head> current();

    @SqlQuery(HEAD + "WHERE id = :id")
    Optional<Head> head(long id);

    @SqlQuery(HEAD + "ORDER BY version_no DESC")
    List<Head> heads();

    @SqlQuery("SELECT id, position, text, weight FROM questionnaire_question WHERE questionnaire_id = :id "
            + "ORDER BY position")
    List<QuestionnaireQuestion> questions(long id);

    @SqlQuery("SELECT COUNT(*) FROM survey_answer a JOIN questionnaire_question q ON q.id = a.question_id "
            + "WHERE q.questionnaire_id = :id")
    int answerCount(long id);

    @SqlQuery("SELECT COALESCE(MAX(version_no), 0) FROM questionnaire")
    int lastVersionNo();

    @SqlUpdate("UPDATE questionnaire SET current_version = FALSE WHERE id = :id AND current_version")
    int retire(long id);

    @GetGeneratedKeys("id")
    @SqlUpdate("INSERT INTO questionnaire (version_no, scale_min, scale_max, unhappy_below, current_version, "
            + "created_by, created_at) VALUES (:versionNo, :scaleMin, :scaleMax, :unhappyBelow, TRUE, :createdBy, :createdAt)")
    long insert(int versionNo, int scaleMin, int scaleMax, int unhappyBelow, String createdBy, Instant createdAt);

    @SqlUpdate("UPDATE questionnaire SET scale_min = :scaleMin, scale_max = :scaleMax, unhappy_below = :unhappyBelow "
            + "WHERE id = :id")
    void updateScale(long id, int scaleMin, int scaleMax, int unhappyBelow);

    @SqlUpdate("DELETE FROM questionnaire_question WHERE questionnaire_id = :id")
    void deleteQuestions(long id);

    @SqlBatch("INSERT INTO questionnaire_question (questionnaire_id, position, text, weight) "
            + "VALUES (:id, :position, :text, :weight)")
    void insertQuestions(long id, List<Integer> position, List<String> text, List<BigDecimal> weight);
}
