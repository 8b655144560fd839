package org.doudi.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI doudiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("兜底 Doudi API").version("v1")
                        .description("社会救助综合管理平台接口。所有查询按调用者的管辖区划过滤；错误返回 "
                                + "{\"error\": {\"code\", \"message\", \"field\"}}。")
                        .license(new License().name("open source")))
                .schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("用户管理页面签发的接口令牌 dd_..."))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
