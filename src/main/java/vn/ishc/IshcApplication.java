package vn.ishc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IshcApplication {
    public static void main(String[] args) {
        SpringApplication.run(IshcApplication.class, args);
    }
}
