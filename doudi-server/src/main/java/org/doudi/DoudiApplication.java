package org.doudi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DoudiApplication {
    public static void main(String[] args) {
        SpringApplication.run(DoudiApplication.class, args);
    }
}
