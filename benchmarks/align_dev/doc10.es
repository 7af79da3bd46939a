Allí iban nuestros empleados y clientes asiduos.
Kavanaugh testificó ante el Congreso el jueves, negando de manera enérgica y emotiva la acusación de Christine Blasey Ford de que la había agredido sexualmente décadas atrás cuando eran adolescentes.
Soy un héroe del siglo pasado, cuando la cultura significaba algo.
En el año 2000, la encuesta se hizo en la prensa, el premio era "La gente de nuestra ciudad".
En la nominación "Artista del Año" fui elegido yo, así terminó mi culminación.
En estos nuevos tiempos no es cómodo trabajar; yo soy un hombre al que le gusta la verdad, la honestidad y la cultura del siglo pasado.
En nuestros tiempos es fácil hacerse popular, pero la cultura y la popularidad van separadas. Uno puede ser popular pero muy poco culto.
- Hay en tus trabajos algo reconocible.
- Muchas de mis pinturas son hits, en ellas se expresa claramente la actualidad y la ocurrencia.
Voy a hacer una exposición programada, "El Museo Ruso en payasos".
Los payasos son una categoría atemporal.
Yo antes era sociable, pero ahora ser así es doloroso y aterrador.
Pero en los payasos todo se embadurna y la tragedia se elimina.
Por ejemplo, la salvación del mundo mediante un cambio totalitario y obligatorio de ropa.
Ahora a uno lo siguen por la ropa, orientándose en lo externo.
Pero no en el interior de la persona.
Y, tal vez a esa persona no se le deba ni dar la mano, sino escupirle en la cara.
Y el engaño se eliminará cuando se cambie de ropa.
- Hace poco te vimos en el papel de organillero urbano. - Una ciudad culta debe tener un héroe así.
¡Quién mejor que yo para serlo!
- Bien pero, ¿a lo mejor el arte comercial puede ser bello?
- Ahora el arte comercial debe ser escrupuloso, dulce, tener tacto.
Estamos siendo testigos de la desintegración de las culturas.
Antes la gente se agrupaba en manadas, los bohemios querían una cosa, los simplones otras.
Ahora todos se han dividido en microcomunidades, es difícil complacer a todos.
No soy un billete de cien dólares para gustarles a todos. Ahora hay que pensar a quién quieres gustar.
Ahora, cada héroe de culto tiene sus 100 fans.
- ¡Y para escuchar a Stas Mikhailov llegan por miles!
- Van a verlo las abandonadas, allí funciona la esfera sexo-social.
Y a un evento cultural van 300 personas, 10 mil jamás vendrán. Como resultado, menos gestión, menos dinero, todo se marchita.
Tengo a mis fans, lo más importante es no engañarlos, no echar a perder lo que has logrado. Cuando era joven hacía tales cuadros que un coleccionista los tenia colgados en la pared al lado de Falk y Larionov.
Yo empecé con pinturas, con las que por lo general la gente termina.
Ahora a menudo confunden los conceptos.
Dicen cultura espiritual, cultura de consumo.
No existe ninguna cultura en el consumo, esa es otra historia.
Yo soy un hombre de la cultura de ayer, crecí bajo el ejemplo de artistas que vivían en la pobreza y morían en la pobreza, se negaban al dinero sólo para pintar cuadros.
Yo estoy a favor de esta cultura.
- Kirill, ¿qué es lo que le falta a San Petersburgo?
- Buenos expertos en cultura.
Existe un concepto: funcionario de la cultura.
Pero no todos ellos pueden dedicarse a la cultura.
Cuando los reyes eran los correctos todo era de otra manera, los reyes tal vez no comprendían muy bien la cultura.
Pero sabían que era necesario mantener a los expertos correctos.
En Moscú ahora hay muy buenos consultores.
Tenemos gente en San Petersburgo que bien podrían ser expertos, pero están cerrados, porque se necesitan expertos a un nivel superior que evalúen correctamente a éstos y les abran camino.
Ahora está prosperando el gusto personal subjetivo.
Lo mismo Erarta, pero la diferencia es que ellos dicen honestamente que no todo el arte moderno es aceptado, hay algunos artistas que tienen que buscar otros museos.
