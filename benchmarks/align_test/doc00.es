Una estrategia republicana para obstaculizar la reelección de Obama
Los dirigentes republicanos justificaron su política por la necesidad de luchar contra el fraude electoral.
Ahora bien, el Centro Brennan considera esto último un mito y afirma que el fraude electoral es menos frecuente en los Estados Unidos que el número de personas que mueren a causa de la caída de un rayo.
De hecho, los abogados republicanos no han encontrado más que 300 casos de fraude electoral en los Estados Unidos en diez años.
Una cosa es cierta: esas nuevas disposiciones afectarán negativamente a la tasa de participación.
En ese sentido, estas medidas minarán en parte el sistema democrático americano.
Al contrario de lo que ocurre en Canadá, los estados americanos son responsables de la organización de las elecciones federales en los Estados Unidos.
Y en esa misma línea una mayoría de los gobiernos americanos promulgaron, a partir de 2009, nuevas leyes que dificultaban el proceso de inscripción o de votación.
Este fenómeno se ha extendido tras las elecciones de noviembre de 2010, que vieron el aumento de 675 nuevos representantes republicanos en 26 estados.
En consecuencia, durante el año 2011 se introdujeron 180 proyectos de ley que restringían el ejercicio del derecho de voto en 41 estados.
Las nuevas leyes electorales exigen que los electores presenten un documento de identidad con una fotografía, además de una prueba de ciudadanía americana.
Por otra parte, esas leyes reducen los períodos de voto anticipado, invalidan el derecho a inscribirse como elector en el día del escrutinio y retiran su derecho al voto a los ciudadanos con antecedentes penales.
Antes de las elecciones de 2006, ningún estado americano exigía que los electores presentaran un documento de identidad con fotografía.
El Estado de Indiana fue el primero en exigirlo.
El Tribunal Supremo de los Estados Unidos confirmó en 2008 la constitucionalidad de la ley de Indiana. Por ello, las autoridades republicanas se apresuraron a extender esa práctica a otros estados. En los últimos años estas autoridades han apoyado proyectos de ley en 34 estados para forzar a los electores a presentar un documento de identidad con fotografía.
Es importante tener en cuenta que, al contrario de lo que sucede en Quebec, los ciudadanos americanos no disponen de un documento de identidad universal, como la tarjeta de la Seguridad Social.
De hecho, un 11% de los ciudadanos americanos, es decir, 21 millones de personas en edad de votar, no cuentan con ningún documento de identidad con fotografía emitido por una agencia gubernamental de su estado.
Por otro lado, cinco millones de nuevos electores en 2012 carecen de un documento de identidad con esas características.
Pero, a menudo, la obtención del documento de identidad requerido cuesta más de cien dólares.
Con lo cual, las nuevas restricciones afectan de manera desproporcionada a los jóvenes, las minorías y las personas con ingresos bajos.
En efecto, un 25% de afroamericanos, un 15% de personas que ganan menos de 35.000 dólares al año, un 18% de los ciudadanos de más de 65 años y un 20% de los electores de entre 18 y 29 años no cuentan con un documento de identidad con fotografía.
Y aún hay más.
En muchos estados los estudiantes, los electores que más votan a los candidatos demócratas, no pueden utilizar el documento de identidad con fotografía emitido por su institución.
Por otra parte, esos mismos estados autorizan a los miembros de los clubs de pesca o de caza que suelen votar a los partidos republicanos a utilizar los documentos emitidos por dichos clubs.
Antes de 2004 ningún estado exigía la prueba de ciudadanía para votar.
Arizona fue el primer estado en presentar dicha exigencia.
Desde 2011, una docena de estados ha adoptado leyes que exigen que los electores demuestren que son ciudadanos americanos.
Esas medidas buscan, claramente, limitar el voto hispano.
Parece ser que dos de cada tres electores hispanos apoyan al partido demócrata.
Por otro lado, los legisladores republicanos apoyaron en 2011 ciertas leyes que abolían la inscripción de electores el mismo día del escrutinio en ocho estados.
Además, limitaron el derecho de las personas y los grupos a crear un servicio de ayuda a los electores que quisieran inscribirse.
Estas restricciones tienen consecuencias.
Por ejemplo, en las elecciones generales de 2004, las campañas de inscripción de los electores contribuyeron al registro de alrededor de 10 millones de ciudadanos.
Las medidas adoptadas desde 2009 lograron que la tasa de inscripción de nuevos electores cayera en 2010 en comparación con el año 2006.
Además, los legisladores republicanos adoptaron leyes en otros cinco estados que favorecían la reducción del período de voto por adelantado.
Por ejemplo, en las elecciones de 2008 en Florida, un 33% de los electores que votaron por adelantado eran afroamericanos, mientras que estos últimos no representaban más que un 13% de los electores del estado.
En el caso de los hispanos ocurría exactamente lo mismo.
Estos no representan más que un 11% de los electores, lo que equivale a un 24% de los ciudadanos que votan por adelantado.
Sin embargo, los blancos, que representan un 76% del electorado, no representan más que el 46% de los ciudadanos que votan por adelantado.
Por supuesto, los legisladores demócratas y sus partidarios se han opuesto fervientemente a la adopción de leyes que restrinjan el registro de electores.
En este sentido, los gobernadores demócratas han bloqueado varios proyectos de ley.
El Ministerio Fiscal de los Estados Unidos intervino para suspender las leyes más controvertidas.
Se pudo, en parte, limitar los daños.
Por ejemplo, tan sólo 16 de 34 estados adoptaron la ley que exigía la presentación de un documento de identidad con fotografía. Sin embargo, es innegable que las nuevas reglas adoptadas complicarán el ejercicio del derecho a voto en 2012. Los críticos demócratas denuncian el carácter partidista de las leyes que se han votado, ya que está claro que con ellas se pretende influir en los resultados de 2012 en los estados clave.
Un informe del Centro Brennan de 2011 demuestra que los estados que han adoptado dichas leyes representan 171 de los 270 votos necesarios en el colegio electoral para lograr la presidencia.
Es demasiado pronto para afirmar con certeza si estas modificaciones legislativas a escala de sistema electoral tendrán un impacto significativo en los resultados de las elecciones presidenciales de 2012.
Una cosa es cierta: esas nuevas disposiciones afectarán negativamente a la tasa de participación.
En este sentido, las medidas minarán en parte el sistema democrático americano.
Detección del cáncer de próstata: ¿Hacerse el test o no hacérselo?
En efecto, el test de PSA presenta, en ocasiones, resultados erróneos, con falsos resultados negativos o incluso falsos resultados positivos, tras los que se decide realizar intervenciones médicas inútiles.
Es un motivo más que suficiente para hacer dudar a los hombres, ya reticentes de por sí, sobre si deberían hacerse o no los tests de detección. ¿Hacerse el test o no?
Hemos pedido consejo a dos especialistas.
En los estudios realizados en los Estados Unidos se detectó un gran índice de contagios entre los grupos de muestra, por lo que es difícil interpretar esos datos y hacer recomendaciones firmes.
Por su parte, el estudio europeo mostró cierta diferencia de mortalidad entre los pacientes que se habían realizado la detección y los que no.
El estudio, con un seguimiento a los 12 años, demostró además que existe entre el 30 y el 40% de posibilidades de padecer metástasis si no se ha realizado el test de detección.
Recomiendo, por tanto, el test a partir de los 50 años, o a partir de los 40 años si tu padre ha sufrido cáncer de próstata.
Los hombres de origen afroamericano tienen un índice de riesgo más elevado.
La clave es tomar una buena decisión una vez detectado el cáncer. Hay cánceres agresivos y otros cánceres que son indolentes.
Es verdaderamente necesario lograr que el paciente comprenda el grado de riesgo de su cáncer. Se le deben ofrecer todas las opciones posibles y no necesariamente tratar los cánceres de próstata que no atenten contra la vida a largo plazo, en cuyo caso se debe optar más bien por una vigilancia activa de la enfermedad.
Hoy en día muchos hombres a los que se les ha detectado un cáncer no son tratados, puesto que dicho cáncer no es agresivo ni entraña un riesgo para su vida.
En su lugar, les sugerimos una vigilancia activa de la enfermedad y, si ésta progresa, les ofrecemos un tratamiento. Determinamos cada vez con más frecuencia criterios precisos para decidir quién debería o no ser tratado.
Recomiendo que se haga el test en cualquier caso.
Pero es importante que hable con su médico para determinar si debe hacerse el test o no.
Movember ha creado, en colaboración con la Sociedad Internacional de Urología, una herramienta que permite evaluar los pros y los contras del test de PSA.
Se puede descargar este documento (por el momento solo en inglés, pero se ofrecerán traducciones dentro de poco) en la siguiente dirección: http://ca.movember.com/fr/mens-health/prostate-cancer-screening
Prevenir la enfermedad
Desafortunadamente, no existe una receta milagrosa para prevenir el cáncer.
A pesar de los progresos de las investigaciones, la adopción de hábitos de vida saludables siguen siendo la mejor manera de reducir los riesgos de sufrir la enfermedad.
Estimamos que si todo el mundo comiera bien y se moviera lo suficiente, se podrían prevenir un 30% de los cánceres.
"Si nadie fumara, esa tasa se elevaría, al menos, al 50%", subraya André Beaulieu, portavoz de la Sociedad Canadiense contra el Cáncer.
En cambio, evaluamos que alrededor del 10% de los cánceres son hereditarios. Muchos otros siguen siendo totalmente inexplicables.
Para la Sociedad Canadiense contra el Cáncer, la lucha contra el tabaquismo sigue siendo una prioridad a pesar de la disminución del número de fumadores.
El tabaco está vinculados con el 85% de los casos del cáncer de pulmón.
Constituye, además, un factor de riesgo para otros tipos de cánceres.
Perjudica enormemente la salud de las personas.
"Hoy por hoy, todavía hay 1,5 millones de fumadores en Quebec", declaró el portavoz André Beaulieu. Un dato esperanzador: 10 años después de dejar de fumar, el riesgo de morir de cáncer se reduce a la mitad.
El peso
La gordura y la obesidad favorecen también la aparición de la enfermedad, según la SCC.
Incrementan los riesgos de cáncer de mama, de colon y de recto, de esófago, de páncreas y de útero.
"Las investigaciones demuestran que la práctica regular de actividad física durante toda la vida protege contra el cáncer de mama", añaden.
La alimentación
El organismo recomienda, igualmente, limitar el consumo de carnes rojas.
