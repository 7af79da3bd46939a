Disparan varias veces a un hombre con una carabina en Ilfracombe
Han disparado varias veces a un hombre con una carabina mientras volvía a casa caminando después de salir por la noche.
La víctima, un hombre de unos 40 años, se encontraba en el área de Oxford Grove de Ilfracombe (Devon) cuando recibió disparos en el pecho, el abdomen y la mano.
Los oficiales de policía describieron el tiroteo, que ocurrió alrededor de las 02:30 (hora británica), como un “acto aleatorio”.
La víctima no vio a su atacante.
Sus lesiones no son mortales y la policía a hecho un llamamiento a posibles testigos.
Terremotos y tsunamis en Indonesia
Al menos 384 personas han muerto a causa de un potente terremoto y tsunami que azotó la ciudad indonesia de Palu el pasado viernes, dijeron las autoridades. Se prevé que el número de muertos aumentará.
Con las comunicaciones bloqueadas, los funcionarios de asistencia no han podido obtener ninguna información de la regencia de Donggala, un área al norte de Palu que se encuentra más cerca del epicentro del terremoto de magnitud 7,5.
En Palu, se evacuaron más de 16.000 personas después del desastre.
Aquí puede ver algunos detalles importantes sobre Palu y Donggala, en la isla de Sulawesi:
Palu es la capital de la provincia de Sulawesi Central, que se encuentra al final de una estrecha bahía en la costa oeste de la isla de Sulawesi, con una población estimada de 379.800 habitantes en 2017.
La ciudad celebraba su 40 aniversario cuando se produjeron el terremoto y el tsunami.
Donggala es una regencia que se extiende a lo largo de más de 300 km (180 millas) de litoral en el noroeste de la isla de Sulawesi.
La regencia, que es una región administrativa jerárquicamente inferior a la provincia, tenía una población estimada de 299.200 personas en 2017.
La pesca y la agricultura son los pilares de la economía de la provincia de Sulawesi Central, especialmente en la región litoral de Donggala.
Las minas de níquel también tienen su importancia en la provincia, pero se concentran sobre todo en Morowali, en la costa opuesta de Sulawesi.
Palu y Donggala se han visto afectados por tsunamis varias veces en los últimos 100 años, según la Agencia de Mitigación de Desastres de Indonesia.
English es trasladado a Whitehall para una reunión de urgencia y se reúne con su sufrido antiguo compinche Bough, representado de nuevo por Ben Miller.
En 1938, un tsunami mató a más de 200 personas y destruyó cientos de casas en Donggala.
Un tsunami también golpeó el oeste de Donggala en 1996, con nueve víctimas mortales.
Indonesia está ubicada en el Cinturón de Fuego del Pacífico, una zona de gran actividad sísmica, y suele sufrir terremotos con frecuencia.
A continuación, resumimos algunos de los principales terremotos y tsunamis de los últimos años:
2004: Un gran terremoto en la costa occidental de la provincia de Aceh de Indonesia, en el norte de Sumatra, provocó el 26 de diciembre un tsunami que afectó a 14 países y se llevó la vida de 226.000 personas en la costa del Océano Índico. Más de la mitad de las víctimas se produjeron en Aceh.
2005: Una serie de fuertes terremotos golpearon la costa occidental de Sumatra a finales de marzo y principios de abril.
Hubo cientos de víctimas mortales en la isla de Nias, frente a la costa de Sumatra.
2006: Un terremoto de magnitud 6,8 asoló el sur de Java, la isla más poblada de Indonesia, y provocó un tsunami que afectó al litoral sur, con casi 700 víctimas mortales.
2009: Un terremoto de magnitud 7,6 golpeó cerca de la ciudad de Padang, capital de la provincia de Sumatra Occidental.
Murieron más de 1.100 personas.
2010: Un terremoto de magnitud 7,5 golpeó una de las islas Mentawai, cerca de Sumatra, provocando un tsunami de hasta 10 metros que destrozó docenas de pueblos y mató a unas 300 personas.
2016: Un terremoto poco profundo golpeó la regencia de Pidie Jaya en Aceh, causando destrucción y pánico al recordar la devastación del mortal terremoto y tsunami de 2004.
Esta vez no provocó ningún tsunami, pero el derrumbamiento de edificios causó la muerte de más de 100 personas.
2018: La isla turística de Lombok (Indonesia) tuvo una serie de terremotos de gran magnitud que provocó la muerte de más de 500 personas, la mayoría en el lado norte de la isla.
El terremoto devastó miles de edificios y millares de turistas quedaron desalojados temporalmente.
