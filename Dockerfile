# Builds the executable jar and runs it; PostgreSQL and Elasticsearch are separate services
# (see docker-compose.yml). The managed Elasticsearch is for development and tests only.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline -Dmdep.skip=true || true
COPY src src
COPY bpmn bpmn
RUN ./mvnw -B -q -ntp -DskipTests -Dmdep.skip=true package

FROM eclipse-temurin:17-jre
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-vie \
    && rm -rf /var/lib/apt/lists/* && useradd --system --create-home vanthu
USER vanthu
WORKDIR /home/vanthu
COPY --from=build /src/target/vanthu.jar vanthu.jar
ENV VANTHU_DATA_DIR=/var/lib/vanthu OMP_THREAD_LIMIT=1
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "vanthu.jar"]
