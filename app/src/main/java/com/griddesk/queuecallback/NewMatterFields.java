package com.griddesk.queuecallback;

import com.griddesk.privacy.StartFormFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The new case's fields of the 回拨客户 form, as the form submits them (variables named below) or the result API
 * hands them over (as transient variables). The customer's account number and name, the subject and the description
 * use the start form's names, so that {@code PersonalDataHistoryFilter} keeps them out of the history; the call
 * listener removes all of them from the process once read. Blank account number or service area: the callback's.
 */
public record NewMatterFields(String type, String category, String subject, String description, String serviceArea,
    String areaType, String accountNo, String name, String outageRef, String transformerId, String praisedStaff,
    Boolean separateCase) {

  static final String TYPE = "newCaseType";
  static final String CATEGORY = "newCaseCategory";
  static final String SERVICE_AREA = "serviceArea";
  static final String AREA_TYPE = "areaType";
  static final String OUTAGE_REF = "outageRef";
  static final String TRANSFORMER_ID = "transformerId";
  static final String PRAISED_STAFF = "praisedStaff";
  static final String SEPARATE_CASE = "separateCase";

  /** Form field of each intake field, with its label on the form, in the form's order. */
  static final Map<String, Field> BY_INTAKE_FIELD = fields();

  /** Every variable the fields arrive in. */
  static final List<String> VARIABLES = List.of(TYPE, CATEGORY, StartFormFields.SUBJECT, StartFormFields.DESCRIPTION,
      SERVICE_AREA, AREA_TYPE, StartFormFields.ACCOUNT_NO, StartFormFields.NAME, OUTAGE_REF, TRANSFORMER_ID,
      PRAISED_STAFF, SEPARATE_CASE);

  record Field(String variable, String label) {}

  static NewMatterFields of(VariableScope scope) {
    Object separate = scope.getVariable(SEPARATE_CASE);
    return new NewMatterFields(string(scope, TYPE), string(scope, CATEGORY), string(scope, StartFormFields.SUBJECT),
        string(scope, StartFormFields.DESCRIPTION), string(scope, SERVICE_AREA), string(scope, AREA_TYPE),
        string(scope, StartFormFields.ACCOUNT_NO), string(scope, StartFormFields.NAME), string(scope, OUTAGE_REF),
        string(scope, TRANSFORMER_ID), string(scope, PRAISED_STAFF),
        separate instanceof Boolean b ? b : separate == null ? null : Boolean.valueOf(separate.toString()));
  }

  /** The fields as variables; null fields are left out. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, TYPE, type);
    put(variables, CATEGORY, category);
    put(variables, StartFormFields.SUBJECT, subject);
    put(variables, StartFormFields.DESCRIPTION, description);
    put(variables, SERVICE_AREA, serviceArea);
    put(variables, AREA_TYPE, areaType);
    put(variables, StartFormFields.ACCOUNT_NO, accountNo);
    put(variables, StartFormFields.NAME, name);
    put(variables, OUTAGE_REF, outageRef);
    put(variables, TRANSFORMER_ID, transformerId);
    put(variables, PRAISED_STAFF, praisedStaff);
    put(variables, SEPARATE_CASE, separateCase);
    return variables;
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }

  private static Map<String, Field> fields() {
    Map<String, Field> fields = new LinkedHashMap<>();
    fields.put("type", new Field(TYPE, "工单类型"));
    fields.put("category", new Field(CATEGORY, "分类"));
    fields.put("customer.accountNo", new Field(StartFormFields.ACCOUNT_NO, "户号"));
    fields.put("customer.name", new Field(StartFormFields.NAME, "客户姓名"));
    fields.put("serviceArea", new Field(SERVICE_AREA, "供电单位"));
    fields.put("areaType", new Field(AREA_TYPE, "区域类型"));
    fields.put("subject", new Field(StartFormFields.SUBJECT, "主题"));
    fields.put("description", new Field(StartFormFields.DESCRIPTION, "诉求内容"));
    fields.put("outageRef", new Field(OUTAGE_REF, "停电编号"));
    fields.put("transformerId", new Field(TRANSFORMER_ID, "配变编号"));
    fields.put("praisedStaff", new Field(PRAISED_STAFF, "被表扬人"));
    return Map.copyOf(fields);
  }

  private static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  @Override
  public String toString() {
    return "NewMatterFields[type=" + type + ", category=" + category + ", serviceArea=" + serviceArea + "]";
  }
}
