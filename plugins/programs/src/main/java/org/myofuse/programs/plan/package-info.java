/** Reading program plan documents ({@code myofuse-program} 1): YAML or JSON, the published JSON Schema, the plan rules. */
package org.myofuse.programs.plan;
