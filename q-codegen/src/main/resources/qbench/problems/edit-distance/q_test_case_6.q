result:solve["same";"same"];
show result;
